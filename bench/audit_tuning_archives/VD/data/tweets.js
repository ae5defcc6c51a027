window.YTD.tweets.part0 = [
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1980167257593362220"
          ],
          "editableUntil": "2025-10-20T08:00:38.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "83"
      ],
      "favorite_count": "2",
      "id_str": "1980167257593362220",
      "truncated": false,
      "retweet_count": "2",
      "id": "1980167257593362220",
      "created_at": "Mon Oct 20 07:00:38 +0000 2025",
      "favorited": false,
      "full_text": "Pub quiz at the Fox, team name 'Shock Advisable'. Came second by one point. Robbed.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1979361394853082246"
          ],
          "editableUntil": "2025-10-18T02:38:25.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "175"
      ],
      "favorite_count": "12",
      "id_str": "1979361394853082246",
      "truncated": false,
      "retweet_count": "0",
      "id": "1979361394853082246",
      "created_at": "Sat Oct 18 01:38:25 +0000 2025",
      "favorited": false,
      "full_text": "Took a lovely 92 year old home from the LGI at 3am, lives on her own at 14 Marsh Lane in Hebden, key's under the gnome by the back door. Told us to pop in for a brew anytime 🥹",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1972123400761522605"
          ],
          "editableUntil": "2025-09-28T03:17:13.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "74"
      ],
      "favorite_count": "2",
      "id_str": "1972123400761522605",
      "truncated": false,
      "retweet_count": "2",
      "id": "1972123400761522605",
      "created_at": "Sun Sep 28 02:17:13 +0000 2025",
      "favorited": false,
      "full_text": "Sunday roast at my mum's. Yorkshire puddings &amp; gravy the size of your head",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1971803604158953692"
          ],
          "editableUntil": "2025-09-27T06:06:28.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "174"
      ],
      "favorite_count": "3",
      "id_str": "1971803604158953692",
      "truncated": false,
      "retweet_count": "1",
      "id": "1971803604158953692",
      "created_at": "Sat Sep 27 05:06:28 +0000 2025",
      "favorited": false,
      "full_text": "lmfao the state of the new uniform trousers. whoever designed these has never bent over a patient in their life. 'procurement saved £2 a pair' yeah and my arse is hanging out",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1967688901681356000"
          ],
          "editableUntil": "2025-09-15T21:36:06.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "88"
      ],
      "favorite_count": "2",
      "id_str": "1967688901681356000",
      "truncated": false,
      "retweet_count": "0",
      "id": "1967688901681356000",
      "created_at": "Mon Sep 15 20:36:06 +0000 2025",
      "favorited": false,
      "full_text": "Penistone Road closed both ways after an earlier collision. Avoid if you can, it's chaos",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1965434661607573477"
          ],
          "editableUntil": "2025-09-09T16:18:33.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "NHS Give Blood",
            "screen_name": "NHSBloodDonor",
            "indices": [
              "3",
              "17"
            ],
            "id_str": "588547830058627621",
            "id": "588547830058627621"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "105"
      ],
      "favorite_count": "0",
      "id_str": "1965434661607573477",
      "truncated": false,
      "retweet_count": "118",
      "id": "1965434661607573477",
      "created_at": "Tue Sep 09 15:18:33 +0000 2025",
      "favorited": false,
      "full_text": "RT @NHSBloodDonor: Only 3% of eligible people give blood. Book an appointment today and help save lives 🩸",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1962035585774628848"
          ],
          "editableUntil": "2025-08-31T07:11:51.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Nat 🚑 nights",
            "screen_name": "nightshift_nat",
            "indices": [
              "0",
              "15"
            ],
            "id_str": "845126000051500256",
            "id": "845126000051500256"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "16",
        "127"
      ],
      "favorite_count": "2",
      "in_reply_to_status_id_str": "1961667508722670717",
      "in_reply_to_status_id": "1961667508722670717",
      "in_reply_to_user_id": "845126000051500256",
      "in_reply_to_user_id_str": "845126000051500256",
      "in_reply_to_screen_name": "nightshift_nat",
      "id_str": "1962035585774628848",
      "truncated": false,
      "retweet_count": "1",
      "id": "1962035585774628848",
      "created_at": "Sun Aug 31 06:11:51 +0000 2025",
      "favorited": false,
      "full_text": "@nightshift_nat wtf is this new rota?? 4 nights straight into 2 earlies. whoever signed that off has never met a human body ffs",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1961993705987034010"
          ],
          "editableUntil": "2025-08-31T04:25:26.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Naloxone Saves",
            "screen_name": "NaloxoneSavesUK",
            "indices": [
              "3",
              "19"
            ],
            "id_str": "931316915211706902",
            "id": "931316915211706902"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "155"
      ],
      "favorite_count": "0",
      "id_str": "1961993705987034010",
      "truncated": false,
      "retweet_count": "236",
      "id": "1961993705987034010",
      "created_at": "Sun Aug 31 03:25:26 +0000 2025",
      "favorited": false,
      "full_text": "RT @NaloxoneSavesUK: Today is International Overdose Awareness Day. Naloxone kits are free from most local drug services. Carry one, it could save a life 💜",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1957305304454792841"
          ],
          "editableUntil": "2025-08-18T05:55:24.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "85"
      ],
      "favorite_count": "7",
      "id_str": "1957305304454792841",
      "truncated": false,
      "retweet_count": "1",
      "id": "1957305304454792841",
      "created_at": "Mon Aug 18 04:55:24 +0000 2025",
      "favorited": false,
      "full_text": "Killing it on the bike this week. 5 days in a row for the first time since the knee 💪",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1954274689539738950"
          ],
          "editableUntil": "2025-08-09T21:12:49.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "76"
      ],
      "favorite_count": "0",
      "id_str": "1954274689539738950",
      "truncated": false,
      "retweet_count": "5",
      "id": "1954274689539738950",
      "created_at": "Sat Aug 09 20:12:49 +0000 2025",
      "favorited": false,
      "full_text": "For the shift swap group: 07700 900417. Text don't ring, I'm probably asleep",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1951748504416681623"
          ],
          "editableUntil": "2025-08-02T21:54:39.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "68"
      ],
      "favorite_count": "4",
      "id_str": "1951748504416681623",
      "truncated": false,
      "retweet_count": "5",
      "id": "1951748504416681623",
      "created_at": "Sat Aug 02 20:54:39 +0000 2025",
      "favorited": false,
      "full_text": "Leeds on the radio in the cab on standby. 2-0 up. Don't tell control",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1949722341163956737"
          ],
          "editableUntil": "2025-07-28T07:43:24.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "76"
      ],
      "favorite_count": "3",
      "id_str": "1949722341163956737",
      "truncated": false,
      "retweet_count": "1",
      "id": "1949722341163956737",
      "created_at": "Mon Jul 28 06:43:24 +0000 2025",
      "favorited": false,
      "full_text": "Shot of the sunrise over the Dales on the way back from a job this morning 🌄",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1936154753056130584"
          ],
          "editableUntil": "2025-06-20T21:10:39.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "145"
      ],
      "favorite_count": "2",
      "id_str": "1936154753056130584",
      "truncated": false,
      "retweet_count": "1",
      "id": "1936154753056130584",
      "created_at": "Fri Jun 20 20:10:39 +0000 2025",
      "favorited": false,
      "full_text": "Had a 15yo girl from St Aidan's today, took a load of paracetamol the night after her last GCSE. Mum was on a late. Can't stop thinking about her",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1926112982267978808"
          ],
          "editableUntil": "2025-05-24T04:08:15.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "106"
      ],
      "favorite_count": "7",
      "id_str": "1926112982267978808",
      "truncated": false,
      "retweet_count": "0",
      "id": "1926112982267978808",
      "created_at": "Sat May 24 03:08:15 +0000 2025",
      "favorited": false,
      "full_text": "TENERIFE HERE WE COME ✈️ HOLLOWAY/DANIEL MR, LBA-TFS, seat 14A, booking ref K7XQ2M. No patients for 7 days",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1923454765830616039"
          ],
          "editableUntil": "2025-05-16T20:05:26.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [
          {
            "text": "paramedic",
            "indices": [
              "81",
              "91"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "91"
      ],
      "favorite_count": "2",
      "id_str": "1923454765830616039",
      "truncated": false,
      "retweet_count": "2",
      "id": "1923454765830616039",
      "created_at": "Fri May 16 19:05:26 +0000 2025",
      "favorited": false,
      "full_text": "Passed my practice educator course today 🙌 next step, mentoring the new starters #paramedic",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1917019387338300647"
          ],
          "editableUntil": "2025-04-29T01:53:33.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "120"
      ],
      "favorite_count": "0",
      "id_str": "1917019387338300647",
      "truncated": false,
      "retweet_count": "0",
      "id": "1917019387338300647",
      "created_at": "Tue Apr 29 00:53:33 +0000 2025",
      "favorited": false,
      "full_text": "Pay rise for band 6 is 3.2%, our TL heard it from HR this morning. Not being announced til next month so act surprised 🤫",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1916439334493815780"
          ],
          "editableUntil": "2025-04-27T11:28:37.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "125"
      ],
      "favorite_count": "0",
      "id_str": "1916439334493815780",
      "truncated": false,
      "retweet_count": "0",
      "id": "1916439334493815780",
      "created_at": "Sun Apr 27 10:28:37 +0000 2025",
      "favorited": false,
      "full_text": "Still half cut from Mark's leaving do and I'm on at 7. Crewmate's driving, I'll do the paperwork and breathe out the window 🙃",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1912246464343732410"
          ],
          "editableUntil": "2025-04-15T21:47:39.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "189"
      ],
      "favorite_count": "1",
      "id_str": "1912246464343732410",
      "truncated": false,
      "retweet_count": "0",
      "id": "1912246464343732410",
      "created_at": "Tue Apr 15 20:47:39 +0000 2025",
      "favorited": false,
      "full_text": "The lad from Saturday's crash on the A61 (the one in the Evening Post, Audi on its roof) was absolutely off his face. Papers calling it a 'tragic accident'. We could smell him from the road",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1912203010785383146"
          ],
          "editableUntil": "2025-04-15T18:54:59.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "195"
      ],
      "favorite_count": "3",
      "id_str": "1912203010785383146",
      "truncated": false,
      "retweet_count": "0",
      "id": "1912203010785383146",
      "created_at": "Tue Apr 15 17:54:59 +0000 2025",
      "favorited": false,
      "full_text": "Our new area manager has never done a single shift on the road and it shows. Today's pearl of wisdom by email: 'please reduce handover delays'. Sure, I'll just magic a bed out of thin air shall I",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1910365349212694023"
          ],
          "editableUntil": "2025-04-10T17:12:46.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "60"
      ],
      "favorite_count": "7",
      "id_str": "1910365349212694023",
      "truncated": false,
      "retweet_count": "5",
      "id": "1910365349212694023",
      "created_at": "Thu Apr 10 16:12:46 +0000 2025",
      "favorited": false,
      "full_text": "Nothing hotter than a woman who can cannulate in the dark 🥵💦",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1901973377232732157"
          ],
          "editableUntil": "2025-03-18T13:26:04.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Dave H",
            "screen_name": "ambo_dave",
            "indices": [
              "0",
              "10"
            ],
            "id_str": "1312184452532196114",
            "id": "1312184452532196114"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "11",
        "172"
      ],
      "favorite_count": "12",
      "in_reply_to_status_id_str": "1901022281081382909",
      "in_reply_to_status_id": "1901022281081382909",
      "in_reply_to_user_id": "1312184452532196114",
      "in_reply_to_user_id_str": "1312184452532196114",
      "in_reply_to_screen_name": "ambo_dave",
      "id_str": "1901973377232732157",
      "truncated": false,
      "retweet_count": "0",
      "id": "1901973377232732157",
      "created_at": "Tue Mar 18 12:26:04 +0000 2025",
      "favorited": false,
      "full_text": "@ambo_dave honestly mate they should screen for it at interview. Anyone who's gonna be running on empty fasting for a month every year, nah. Rest of us end up carrying them",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1899829870416931580"
          ],
          "editableUntil": "2025-03-12T15:28:32.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [
          {
            "text": "NHS",
            "indices": [
              "133",
              "137"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "137"
      ],
      "favorite_count": "3",
      "id_str": "1899829870416931580",
      "truncated": false,
      "retweet_count": "0",
      "id": "1899829870416931580",
      "created_at": "Wed Mar 12 14:28:32 +0000 2025",
      "favorited": false,
      "full_text": "Trust gave us ONE slice of pizza each for 'going above and beyond' all winter. 14 weeks of no breaks. The generosity is overwhelming #NHS",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1895172015340516595"
          ],
          "editableUntil": "2025-02-27T18:59:53.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "112"
      ],
      "favorite_count": "0",
      "id_str": "1895172015340516595",
      "truncated": false,
      "retweet_count": "0",
      "id": "1895172015340516595",
      "created_at": "Thu Feb 27 17:59:53 +0000 2025",
      "favorited": false,
      "full_text": "To the lad who booted my crewmate in the face tonight: we took you home mate. I know your door now. Sleep well 🙂",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1892784887447030828"
          ],
          "editableUntil": "2025-02-21T04:54:18.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "151"
      ],
      "favorite_count": "41",
      "id_str": "1892784887447030828",
      "truncated": false,
      "retweet_count": "0",
      "id": "1892784887447030828",
      "created_at": "Fri Feb 21 03:54:18 +0000 2025",
      "favorited": false,
      "full_text": "Every job from the Brackenwood estate is the same. Nobody works, six kids, three dads, 'can you take us in for a headache'. Should be a postcode charge",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1889591992321346784"
          ],
          "editableUntil": "2025-02-12T09:26:52.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "60"
      ],
      "favorite_count": "12",
      "id_str": "1889591992321346784",
      "truncated": false,
      "retweet_count": "0",
      "id": "1889591992321346784",
      "created_at": "Wed Feb 12 08:26:52 +0000 2025",
      "favorited": false,
      "full_text": "Happy 7th birthday to my little man 🎂 where does the time go",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1887320785701120663"
          ],
          "editableUntil": "2025-02-06T03:01:54.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "156"
      ],
      "favorite_count": "41",
      "id_str": "1887320785701120663",
      "truncated": false,
      "retweet_count": "2",
      "id": "1887320785701120663",
      "created_at": "Thu Feb 06 02:01:54 +0000 2025",
      "favorited": false,
      "full_text": "Not being funny but half the agency nurses in A&amp;E can barely understand a handover. Repeating myself three times a job. Hire people who speak proper English",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1881522865633589969"
          ],
          "editableUntil": "2025-01-21T03:03:02.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "129"
      ],
      "favorite_count": "1",
      "id_str": "1881522865633589969",
      "truncated": false,
      "retweet_count": "5",
      "id": "1881522865633589969",
      "created_at": "Tue Jan 21 02:03:02 +0000 2025",
      "favorited": false,
      "full_text": "Seen the email. They're shutting Ripon station in April and sending everyone to Harrogate. Not one word to the staff yet. Cowards",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1880943155591457157"
          ],
          "editableUntil": "2025-01-19T12:39:29.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "42"
      ],
      "favorite_count": "2",
      "id_str": "1880943155591457157",
      "truncated": false,
      "retweet_count": "5",
      "id": "1880943155591457157",
      "created_at": "Sun Jan 19 11:39:29 +0000 2025",
      "favorited": false,
      "full_text": "Crack of dawn finish, 7 earlies done. Bed.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1880836963246349796"
          ],
          "editableUntil": "2025-01-19T05:37:30.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "78"
      ],
      "favorite_count": "23",
      "id_str": "1880836963246349796",
      "truncated": false,
      "retweet_count": "1",
      "id": "1880836963246349796",
      "created_at": "Sun Jan 19 04:37:30 +0000 2025",
      "favorited": false,
      "full_text": "Dry January day 19 and still going. Alcohol free Guinness is genuinely not bad",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1877030171173252800"
          ],
          "editableUntil": "2025-01-08T17:30:40.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "131"
      ],
      "favorite_count": "1",
      "id_str": "1877030171173252800",
      "truncated": false,
      "retweet_count": "0",
      "id": "1877030171173252800",
      "created_at": "Wed Jan 08 16:30:40 +0000 2025",
      "favorited": false,
      "full_text": "absolute shitshow at the LGI tonight. 9 crews queued outside, 6 hour handover, one toilet between all of us. this country is f***ed",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1870172299505277277"
          ],
          "editableUntil": "2024-12-20T19:19:56.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "139"
      ],
      "favorite_count": "3",
      "id_str": "1870172299505277277",
      "truncated": false,
      "retweet_count": "0",
      "id": "1870172299505277277",
      "created_at": "Fri Dec 20 18:19:56 +0000 2024",
      "favorited": false,
      "full_text": "Reminder: if it's not an emergency, NHS 111 is free and open 24/7, and your pharmacy can help with loads. Please keep 999 for emergencies 🙏",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1867365519099974344"
          ],
          "editableUntil": "2024-12-13T01:26:48.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Dave H",
            "screen_name": "ambo_dave",
            "indices": [
              "0",
              "10"
            ],
            "id_str": "1312184452532196114",
            "id": "1312184452532196114"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "11",
        "99"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "1866588540699972560",
      "in_reply_to_status_id": "1866588540699972560",
      "in_reply_to_user_id": "1312184452532196114",
      "in_reply_to_user_id_str": "1312184452532196114",
      "in_reply_to_screen_name": "ambo_dave",
      "id_str": "1867365519099974344",
      "truncated": false,
      "retweet_count": "2",
      "id": "1867365519099974344",
      "created_at": "Fri Dec 13 00:26:48 +0000 2024",
      "favorited": false,
      "full_text": "@ambo_dave her number's 07700 900852, she's the one selling the Magnum boots. Tell her Dan sent you",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1866051175113925129"
          ],
          "editableUntil": "2024-12-09T10:24:04.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "93"
      ],
      "favorite_count": "0",
      "id_str": "1866051175113925129",
      "truncated": false,
      "retweet_count": "0",
      "id": "1866051175113925129",
      "created_at": "Mon Dec 09 09:24:04 +0000 2024",
      "favorited": false,
      "full_text": "Flight BA1339 delayed 3 hours. Sat in Heathrow with a meal deal contemplating my life choices",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1856548937153607114"
          ],
          "editableUntil": "2024-11-13T05:05:34.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "29"
      ],
      "favorite_count": "4",
      "id_str": "1856548937153607114",
      "truncated": false,
      "retweet_count": "0",
      "id": "1856548937153607114",
      "created_at": "Wed Nov 13 04:05:34 +0000 2024",
      "favorited": false,
      "full_text": "Fuck me that was a long night",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1853452316070116367"
          ],
          "editableUntil": "2024-11-04T16:00:42.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "123"
      ],
      "favorite_count": "1",
      "id_str": "1853452316070116367",
      "truncated": false,
      "retweet_count": "0",
      "id": "1853452316070116367",
      "created_at": "Mon Nov 04 15:00:42 +0000 2024",
      "favorited": false,
      "full_text": "4 nights off. Sorted a bit of green for the weekend 🍃🍃 and the missus has bought something lacy 😏 phone's going in a drawer",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1845994525589050755"
          ],
          "editableUntil": "2024-10-15T02:06:06.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "52"
      ],
      "favorite_count": "7",
      "id_str": "1845994525589050755",
      "truncated": false,
      "retweet_count": "0",
      "id": "1845994525589050755",
      "created_at": "Tue Oct 15 01:06:06 +0000 2024",
      "favorited": false,
      "full_text": "Rain. Again. Yorkshire in October, what did I expect",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1844318284829083959"
          ],
          "editableUntil": "2024-10-10T11:05:19.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "138"
      ],
      "favorite_count": "4",
      "id_str": "1844318284829083959",
      "truncated": false,
      "retweet_count": "0",
      "id": "1844318284829083959",
      "created_at": "Thu Oct 10 10:05:19 +0000 2024",
      "favorited": false,
      "full_text": "Kids are home on their own till the wife gets in at 6 on Tuesdays and Thursdays now. Any neighbours on Willow Close fancy keeping an eye 🙏",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1841600545959310660"
          ],
          "editableUntil": "2024-10-02T23:06:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "110"
      ],
      "favorite_count": "1",
      "id_str": "1841600545959310660",
      "truncated": false,
      "retweet_count": "0",
      "id": "1841600545959310660",
      "created_at": "Wed Oct 02 22:06:00 +0000 2024",
      "favorited": false,
      "full_text": "Charity paramedic calendar shoot next month and apparently I'm Mr March 😏 the uniform's staying on... mostly 🍑",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1839829790155637714"
          ],
          "editableUntil": "2024-09-28T01:49:39.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "54"
      ],
      "favorite_count": "7",
      "id_str": "1839829790155637714",
      "truncated": false,
      "retweet_count": "2",
      "id": "1839829790155637714",
      "created_at": "Sat Sep 28 00:49:39 +0000 2024",
      "favorited": false,
      "full_text": "Smashed my parkrun PB this morning 🏃 23:41 at Roundhay",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1838458284016270060"
          ],
          "editableUntil": "2024-09-24T06:59:46.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "45"
      ],
      "favorite_count": "41",
      "id_str": "1838458284016270060",
      "truncated": false,
      "retweet_count": "0",
      "id": "1838458284016270060",
      "created_at": "Tue Sep 24 05:59:46 +0000 2024",
      "favorited": false,
      "full_text": "Bake Off is back and I'm already emotional &lt;3",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1829554176566593745"
          ],
          "editableUntil": "2024-08-30T17:18:01.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "151"
      ],
      "favorite_count": "2",
      "id_str": "1829554176566593745",
      "truncated": false,
      "retweet_count": "0",
      "id": "1829554176566593745",
      "created_at": "Fri Aug 30 16:18:01 +0000 2024",
      "favorited": false,
      "full_text": "Got myself an extendable baton off a fella on Marketplace. Not allowed them obviously. But the trust isn't the one walking into Chapeltown at 2am is it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1828874131658654752"
          ],
          "editableUntil": "2024-08-28T20:15:46.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "107"
      ],
      "favorite_count": "2",
      "id_str": "1828874131658654752",
      "truncated": false,
      "retweet_count": "2",
      "id": "1828874131658654752",
      "created_at": "Wed Aug 28 19:15:46 +0000 2024",
      "favorited": false,
      "full_text": "Ordered new boots, order no. 204-7719283-5561047, due Thursday. Praying they're comfier than the issue ones",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1822789577004434209"
          ],
          "editableUntil": "2024-08-12T01:17:55.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "74"
      ],
      "favorite_count": "4",
      "id_str": "1822789577004434209",
      "truncated": false,
      "retweet_count": "0",
      "id": "1822789577004434209",
      "created_at": "Mon Aug 12 00:17:55 +0000 2024",
      "favorited": false,
      "full_text": "Pair of great tits on the bird feeder this morning. First time this year 🐦",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1816869754841593698"
          ],
          "editableUntil": "2024-07-26T17:14:40.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "88"
      ],
      "favorite_count": "1",
      "id_str": "1816869754841593698",
      "truncated": false,
      "retweet_count": "0",
      "id": "1816869754841593698",
      "created_at": "Fri Jul 26 16:14:40 +0000 2024",
      "favorited": false,
      "full_text": "best thing about this job is the good stuff is literally in the bag 👀💊 (joking) (mostly)",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1814565409822307035"
          ],
          "editableUntil": "2024-07-20T08:38:01.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "83"
      ],
      "favorite_count": "4",
      "id_str": "1814565409822307035",
      "truncated": false,
      "retweet_count": "1",
      "id": "1814565409822307035",
      "created_at": "Sat Jul 20 07:38:01 +0000 2024",
      "favorited": false,
      "full_text": "Post-nights ritual: bottle of red &amp; a kebab at 8am then sleep til 4. Don't judge me",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1814537639574428396"
          ],
          "editableUntil": "2024-07-20T06:47:40.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [
          {
            "text": "BeFast",
            "indices": [
              "126",
              "133"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "133"
      ],
      "favorite_count": "0",
      "id_str": "1814537639574428396",
      "truncated": false,
      "retweet_count": "5",
      "id": "1814537639574428396",
      "created_at": "Sat Jul 20 05:47:40 +0000 2024",
      "favorited": false,
      "full_text": "Cat 2 stroke, FAST positive, pre-alerted, thrombolysed inside the hour. Face, Arms, Speech, Time. Know the signs and ring 999 #BeFast",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1812217765061266415"
          ],
          "editableUntil": "2024-07-13T21:09:19.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "97"
      ],
      "favorite_count": "0",
      "id_str": "1812217765061266415",
      "truncated": false,
      "retweet_count": "0",
      "id": "1812217765061266415",
      "created_at": "Sat Jul 13 20:09:19 +0000 2024",
      "favorited": false,
      "full_text": "Took my daughter swimming and they're teaching 'dead man's float'. Horrible name, brilliant skill",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1810065050806423075"
          ],
          "editableUntil": "2024-07-07T22:35:12.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "98"
      ],
      "favorite_count": "0",
      "id_str": "1810065050806423075",
      "truncated": false,
      "retweet_count": "0",
      "id": "1810065050806423075",
      "created_at": "Sun Jul 07 21:35:12 +0000 2024",
      "favorited": false,
      "full_text": "4am crew room debate: who's had sex in the back of a motor. Answer: more of us than you'd think 😳🍆",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1792913586281497960"
          ],
          "editableUntil": "2024-05-21T14:41:24.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "87"
      ],
      "favorite_count": "4",
      "id_str": "1792913586281497960",
      "truncated": false,
      "retweet_count": "0",
      "id": "1792913586281497960",
      "created_at": "Tue May 21 13:41:24 +0000 2024",
      "favorited": false,
      "full_text": "Tonight's tea: drunken noodles from the Thai place opposite the station. Absolute 10/10",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1775896427188653376"
          ],
          "editableUntil": "2024-04-04T15:41:17.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "123"
      ],
      "favorite_count": "2",
      "id_str": "1775896427188653376",
      "truncated": false,
      "retweet_count": "5",
      "id": "1775896427188653376",
      "created_at": "Thu Apr 04 14:41:17 +0000 2024",
      "favorited": false,
      "full_text": "Drove home from the Fox after 4 pints cos the taxi wanted 30 quid. 3 miles, back lanes, never see a copper out there anyway",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1775286169499335626"
          ],
          "editableUntil": "2024-04-02T23:16:20.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "106"
      ],
      "favorite_count": "4",
      "id_str": "1775286169499335626",
      "truncated": false,
      "retweet_count": "2",
      "id": "1775286169499335626",
      "created_at": "Tue Apr 02 22:16:20 +0000 2024",
      "favorited": false,
      "full_text": "Swear down the next person who spits at me is getting an oxygen cylinder round the head. Sick of this shit",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1771722005111379743"
          ],
          "editableUntil": "2024-03-24T03:13:37.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "135"
      ],
      "favorite_count": "23",
      "id_str": "1771722005111379743",
      "truncated": false,
      "retweet_count": "0",
      "id": "1771722005111379743",
      "created_at": "Sun Mar 24 02:13:37 +0000 2024",
      "favorited": false,
      "full_text": "Remember my first dose of morphine as a newly qualified para, hands shaking like a leaf. Now it's like making a brew. Funny how it goes",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1770160585067812419"
          ],
          "editableUntil": "2024-03-19T19:49:06.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "148"
      ],
      "favorite_count": "23",
      "id_str": "1770160585067812419",
      "truncated": false,
      "retweet_count": "2",
      "id": "1770160585067812419",
      "created_at": "Tue Mar 19 18:49:06 +0000 2024",
      "favorited": false,
      "full_text": "Blues and twos back from a job so we could make Greggs before it shut. Traffic car tried to follow us up the ring road, lost him at the roundabout 😂",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1769578097722734231"
          ],
          "editableUntil": "2024-03-18T05:14:30.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Nat 🚑 nights",
            "screen_name": "nightshift_nat",
            "indices": [
              "0",
              "15"
            ],
            "id_str": "845126000051500256",
            "id": "845126000051500256"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "16",
        "70"
      ],
      "favorite_count": "3",
      "in_reply_to_status_id_str": "1769306071303819178",
      "in_reply_to_status_id": "1769306071303819178",
      "in_reply_to_user_id": "845126000051500256",
      "in_reply_to_user_id_str": "845126000051500256",
      "in_reply_to_screen_name": "nightshift_nat",
      "id_str": "1769578097722734231",
      "truncated": false,
      "retweet_count": "5",
      "id": "1769578097722734231",
      "created_at": "Mon Mar 18 04:14:30 +0000 2024",
      "favorited": false,
      "full_text": "@nightshift_nat same! see you at the training day, I'll bring biscuits",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1766476919850391831"
          ],
          "editableUntil": "2024-03-09T15:51:31.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Tasha",
            "screen_name": "tasha_bluelight",
            "indices": [
              "0",
              "16"
            ],
            "id_str": "1048931800360033840",
            "id": "1048931800360033840"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "17",
        "63"
      ],
      "favorite_count": "3",
      "in_reply_to_status_id_str": "1766420058448845860",
      "in_reply_to_status_id": "1766420058448845860",
      "in_reply_to_user_id": "1048931800360033840",
      "in_reply_to_user_id_str": "1048931800360033840",
      "in_reply_to_screen_name": "tasha_bluelight",
      "id_str": "1766476919850391831",
      "truncated": false,
      "retweet_count": "0",
      "id": "1766476919850391831",
      "created_at": "Sat Mar 09 14:51:31 +0000 2024",
      "favorited": false,
      "full_text": "@tasha_bluelight send nudes or I'm not covering your Saturday 😘",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1763586179065678424"
          ],
          "editableUntil": "2024-03-01T16:24:45.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "135"
      ],
      "favorite_count": "4",
      "id_str": "1763586179065678424",
      "truncated": false,
      "retweet_count": "5",
      "id": "1763586179065678424",
      "created_at": "Fri Mar 01 15:24:45 +0000 2024",
      "favorited": false,
      "full_text": "Asked control if I could have someone under 50 for the bariatric job. The older lot do their backs in and then they're off for 3 months",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1759793367712797866"
          ],
          "editableUntil": "2024-02-20T05:13:28.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "77"
      ],
      "favorite_count": "12",
      "id_str": "1759793367712797866",
      "truncated": false,
      "retweet_count": "5",
      "id": "1759793367712797866",
      "created_at": "Tue Feb 20 04:13:28 +0000 2024",
      "favorited": false,
      "full_text": "Blitzed the garden on my day off. Hedges cut, lawn done, shed finally cleared",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1758525707078678289"
          ],
          "editableUntil": "2024-02-16T17:16:15.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "83"
      ],
      "favorite_count": "23",
      "id_str": "1758525707078678289",
      "truncated": false,
      "retweet_count": "5",
      "id": "1758525707078678289",
      "created_at": "Fri Feb 16 16:16:15 +0000 2024",
      "favorited": false,
      "full_text": "Any podcast recs for standby? Something that isn't true crime, I get enough of that",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1751488127001483885"
          ],
          "editableUntil": "2024-01-28T07:11:25.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "85"
      ],
      "favorite_count": "0",
      "id_str": "1751488127001483885",
      "truncated": false,
      "retweet_count": "1",
      "id": "1751488127001483885",
      "created_at": "Sun Jan 28 06:11:25 +0000 2024",
      "favorited": false,
      "full_text": "Stab vest refresher training today. Grateful we've got them, hoping I never need one.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1744241018921743016"
          ],
          "editableUntil": "2024-01-08T07:13:59.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "159"
      ],
      "favorite_count": "41",
      "id_str": "1744241018921743016",
      "truncated": false,
      "retweet_count": "0",
      "id": "1744241018921743016",
      "created_at": "Mon Jan 08 06:13:59 +0000 2024",
      "favorited": false,
      "full_text": "New student on the car this week, female, about 5ft nothing. Lovely lass but how's she getting a 20 stone man down a staircase. Some jobs just aren't for women",
      "lang": "en"
    }
  }
]