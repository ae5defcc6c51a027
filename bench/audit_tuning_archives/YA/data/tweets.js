window.YTD.tweets.part0 = [
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1973082438416977413"
          ],
          "editableUntil": "2025-09-30T18:48:06.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "141"
      ],
      "favorite_count": "12",
      "id_str": "1973082438416977413",
      "truncated": false,
      "retweet_count": "0",
      "id": "1973082438416977413",
      "created_at": "Tue Sep 30 17:48:06 +0000 2025",
      "favorited": false,
      "full_text": "theyre shutting the bradford site in january and moving all the calls to us. nobody's been told yet, my TL left the slides up on her screen 👀",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1968764312275205992"
          ],
          "editableUntil": "2025-09-18T20:49:24.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "FN Leaks UK",
            "screen_name": "fn_leaks_uk",
            "indices": [
              "3",
              "15"
            ],
            "id_str": "2010157866271279547",
            "id": "2010157866271279547"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "89"
      ],
      "favorite_count": "0",
      "id_str": "1968764312275205992",
      "truncated": false,
      "retweet_count": "200",
      "id": "1968764312275205992",
      "created_at": "Thu Sep 18 19:49:24 +0000 2025",
      "favorited": false,
      "full_text": "RT @fn_leaks_uk: shotgun buff confirmed for next patch, pump back to 95 headshot damage 👀",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1964334373160694018"
          ],
          "editableUntil": "2025-09-06T15:26:24.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "81"
      ],
      "favorite_count": "1",
      "id_str": "1964334373160694018",
      "truncated": false,
      "retweet_count": "0",
      "id": "1964334373160694018",
      "created_at": "Sat Sep 06 14:26:24 +0000 2025",
      "favorited": false,
      "full_text": "new flat keys 🔑🏠 flat 3, 28 Ashbrook Terrace LS6, housewarming saturday come thru",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1962292411840013809"
          ],
          "editableUntil": "2025-09-01T00:12:23.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": [
          {
            "url": "https://t.co/xR4kQ2mZpL",
            "expanded_url": "https://www.youtube.com/shorts/Qk3pZ8vLm2A",
            "display_url": "youtube.com/shorts/Qk3pZ8vL…",
            "indices": [
              "72",
              "95"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "95"
      ],
      "favorite_count": "31",
      "id_str": "1962292411840013809",
      "truncated": false,
      "retweet_count": "0",
      "id": "1962292411840013809",
      "created_at": "Sun Aug 31 23:12:23 +0000 2025",
      "favorited": false,
      "full_text": "this clip of me and danny in squads is the funniest thing ive ever seen https://t.co/xR4kQ2mZpL",
      "lang": "en",
      "possibly_sensitive": false
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1961469078341856445"
          ],
          "editableUntil": "2025-08-29T17:40:45.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "167"
      ],
      "favorite_count": "1",
      "id_str": "1961469078341856445",
      "truncated": false,
      "retweet_count": "0",
      "id": "1961469078341856445",
      "created_at": "Fri Aug 29 16:40:45 +0000 2025",
      "favorited": false,
      "full_text": "got a look at the new retention script before it goes live monday: 'only offer the 15% discount if they mention switching, never offer it first'. u heard it here first",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1957914700247555565"
          ],
          "editableUntil": "2025-08-19T22:16:55.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "ellie 🌸",
            "screen_name": "ellie_mcr",
            "indices": [
              "0",
              "10"
            ],
            "id_str": "1610434666187303962",
            "id": "1610434666187303962"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "11",
        "90"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "1957910421214629641",
      "id_str": "1957914700247555565",
      "in_reply_to_user_id": "1610434666187303962",
      "truncated": false,
      "retweet_count": "0",
      "id": "1957914700247555565",
      "in_reply_to_status_id": "1957910421214629641",
      "created_at": "Tue Aug 19 21:16:55 +0000 2025",
      "favorited": false,
      "full_text": "@ellie_mcr nah that QA lad is a snake, marks everyone down so he looks busy for the bosses",
      "lang": "en",
      "in_reply_to_screen_name": "ellie_mcr",
      "in_reply_to_user_id_str": "1610434666187303962"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1956097444376118536"
          ],
          "editableUntil": "2025-08-14T21:55:47.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "89"
      ],
      "favorite_count": "12",
      "id_str": "1956097444376118536",
      "truncated": false,
      "retweet_count": "0",
      "id": "1956097444376118536",
      "created_at": "Thu Aug 14 20:55:47 +0000 2025",
      "favorited": false,
      "full_text": "anyone wanna duo tonight, need 2 more wins for the quest &amp; i refuse to pay for the levels",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1954569427734657750"
          ],
          "editableUntil": "2025-08-10T16:44:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "69"
      ],
      "favorite_count": "0",
      "id_str": "1954569427734657750",
      "truncated": false,
      "retweet_count": "0",
      "id": "1954569427734657750",
      "created_at": "Sun Aug 10 15:44:00 +0000 2025",
      "favorited": false,
      "full_text": "the cockatoo at my nans keeps saying 'hello darling' to the postman 😭",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1947789088975012987"
          ],
          "editableUntil": "2025-07-22T23:41:21.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
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
      "favorite_count": "7",
      "id_str": "1947789088975012987",
      "truncated": false,
      "retweet_count": "0",
      "id": "1947789088975012987",
      "created_at": "Tue Jul 22 22:41:21 +0000 2025",
      "favorited": false,
      "full_text": "girls cant play fortnite and u cant change my mind. every time i get a girl in fill its bottom 20",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1943340319525785912"
          ],
          "editableUntil": "2025-07-10T17:03:32.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "81"
      ],
      "favorite_count": "3",
      "id_str": "1943340319525785912",
      "truncated": false,
      "retweet_count": "0",
      "id": "1943340319525785912",
      "created_at": "Thu Jul 10 16:03:32 +0000 2025",
      "favorited": false,
      "full_text": "flight home delayed 3 hours, LS1182, and they've given us a £5 voucher 😭 jet2 pls",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1940649763543635949"
          ],
          "editableUntil": "2025-07-03T06:52:13.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
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
      "favorite_count": "0",
      "id_str": "1940649763543635949",
      "truncated": false,
      "retweet_count": "0",
      "id": "1940649763543635949",
      "created_at": "Thu Jul 03 05:52:13 +0000 2025",
      "favorited": false,
      "full_text": "boarding pass pic bc im a tourist ✈️ LBA → IBZ booking ref K7QM2P seat 14C",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1939745566574892658"
          ],
          "editableUntil": "2025-06-30T18:59:16.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "75"
      ],
      "favorite_count": "3",
      "id_str": "1939745566574892658",
      "truncated": false,
      "retweet_count": "0",
      "id": "1939745566574892658",
      "created_at": "Mon Jun 30 17:59:16 +0000 2025",
      "favorited": false,
      "full_text": "TL said we absolutely smashed it this month, 94% CSAT 🎉 doughnuts on friday",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1936515141860672918"
          ],
          "editableUntil": "2025-06-21T21:02:43.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Fortnite",
            "screen_name": "FortniteGame",
            "indices": [
              "0",
              "13"
            ],
            "id_str": "7833121177546774143",
            "id": "7833121177546774143"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "14",
        "68"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "1936497276122068291",
      "id_str": "1936515141860672918",
      "in_reply_to_user_id": "7833121177546774143",
      "truncated": false,
      "retweet_count": "0",
      "id": "1936515141860672918",
      "in_reply_to_status_id": "1936497276122068291",
      "created_at": "Sat Jun 21 20:02:43 +0000 2025",
      "favorited": false,
      "full_text": "@FortniteGame fix ur f*cking servers its been 2 hours of matchmaking",
      "lang": "en",
      "in_reply_to_screen_name": "FortniteGame",
      "in_reply_to_user_id_str": "7833121177546774143"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1929878510027246649"
          ],
          "editableUntil": "2025-06-03T13:31:06.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "75"
      ],
      "favorite_count": "1",
      "id_str": "1929878510027246649",
      "truncated": false,
      "retweet_count": "0",
      "id": "1929878510027246649",
      "created_at": "Tue Jun 03 12:31:06 +0000 2025",
      "favorited": false,
      "full_text": "ngl the new trainer is fit as f*** i'd let her coach me through anything 😏😏",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1927499558552860439"
          ],
          "editableUntil": "2025-05-27T23:58:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "118"
      ],
      "favorite_count": "1",
      "id_str": "1927499558552860439",
      "truncated": false,
      "retweet_count": "0",
      "id": "1927499558552860439",
      "created_at": "Tue May 27 22:58:00 +0000 2025",
      "favorited": false,
      "full_text": "if the kid who got into my account and sold my skins is reading this, i know ur school and im coming for u. not a joke",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1924893007570317733"
          ],
          "editableUntil": "2025-05-20T19:20:30.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "49"
      ],
      "favorite_count": "31",
      "id_str": "1924893007570317733",
      "truncated": false,
      "retweet_count": "0",
      "id": "1924893007570317733",
      "created_at": "Tue May 20 18:20:30 +0000 2025",
      "favorited": false,
      "full_text": "been at this job a year today. somehow still here",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1921851733868904056"
          ],
          "editableUntil": "2025-05-12T09:55:34.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "122"
      ],
      "favorite_count": "0",
      "id_str": "1921851733868904056",
      "truncated": false,
      "retweet_count": "0",
      "id": "1921851733868904056",
      "created_at": "Mon May 12 08:55:34 +0000 2025",
      "favorited": false,
      "full_text": "company emailed to say the new rota is an 'exciting opportunity for flexibility'. its 6 days on. so exciting. love it here",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1918772679740827717"
          ],
          "editableUntil": "2025-05-03T22:00:30.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "86"
      ],
      "favorite_count": "0",
      "id_str": "1918772679740827717",
      "truncated": false,
      "retweet_count": "2",
      "id": "1918772679740827717",
      "created_at": "Sat May 03 21:00:30 +0000 2025",
      "favorited": false,
      "full_text": "virgin mojito and designated driver duties tonight 🚗 someone has to get these lot home",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1913945918140781453"
          ],
          "editableUntil": "2025-04-20T14:20:40.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "95"
      ],
      "favorite_count": "1",
      "id_str": "1913945918140781453",
      "truncated": false,
      "retweet_count": "0",
      "id": "1913945918140781453",
      "created_at": "Sun Apr 20 13:20:40 +0000 2025",
      "favorited": false,
      "full_text": "zoot on my break then straight back on the phones. customers are so much nicer when ur baked 🍃😂",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1912116349641373173"
          ],
          "editableUntil": "2025-04-15T13:10:37.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "46"
      ],
      "favorite_count": "0",
      "id_str": "1912116349641373173",
      "truncated": false,
      "retweet_count": "2",
      "id": "1912116349641373173",
      "created_at": "Tue Apr 15 12:10:37 +0000 2025",
      "favorited": false,
      "full_text": "rhinos on saturday with the lads, cant wait &lt;3",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1909918280406949998"
          ],
          "editableUntil": "2025-04-09T11:36:17.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
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
      "favorite_count": "2",
      "id_str": "1909918280406949998",
      "truncated": false,
      "retweet_count": "0",
      "id": "1909918280406949998",
      "created_at": "Wed Apr 09 10:36:17 +0000 2025",
      "favorited": false,
      "full_text": "dentist says its an abscess, ibuprofen and paracetamol together till friday 💊😩",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1907516119994090491"
          ],
          "editableUntil": "2025-04-02T20:30:57.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
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
      "favorite_count": "1",
      "id_str": "1907516119994090491",
      "truncated": false,
      "retweet_count": "0",
      "id": "1907516119994090491",
      "created_at": "Wed Apr 02 19:30:57 +0000 2025",
      "favorited": false,
      "full_text": "new starter is on £1.40 an hour more than me 🙃 how do i know? someone left the payroll spreadsheet on the shared drive. everyones pay is on there",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1905186809108314677"
          ],
          "editableUntil": "2025-03-27T10:15:06.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Amazon Help",
            "screen_name": "AmazonHelp",
            "indices": [
              "0",
              "11"
            ],
            "id_str": "4309256400408363318",
            "id": "4309256400408363318"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "12",
        "89"
      ],
      "favorite_count": "3",
      "in_reply_to_status_id_str": "1905178501906245322",
      "id_str": "1905186809108314677",
      "in_reply_to_user_id": "4309256400408363318",
      "truncated": false,
      "retweet_count": "0",
      "id": "1905186809108314677",
      "in_reply_to_status_id": "1905178501906245322",
      "created_at": "Thu Mar 27 09:15:06 +0000 2025",
      "favorited": false,
      "full_text": "@AmazonHelp order 204-3318720-6615243 says delivered to a locker that does not exist. pls",
      "lang": "en",
      "in_reply_to_screen_name": "AmazonHelp",
      "in_reply_to_user_id_str": "4309256400408363318"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1902074470444396332"
          ],
          "editableUntil": "2025-03-18T20:07:47.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "jordan",
            "screen_name": "jordzz_",
            "indices": [
              "0",
              "8"
            ],
            "id_str": "787180711",
            "id": "787180711"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "9",
        "89"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "1902071955510555659",
      "id_str": "1902074470444396332",
      "in_reply_to_user_id": "787180711",
      "truncated": false,
      "retweet_count": "0",
      "id": "1902074470444396332",
      "in_reply_to_status_id": "1902071955510555659",
      "created_at": "Tue Mar 18 19:07:47 +0000 2025",
      "favorited": false,
      "full_text": "@jordzz_ send the £60 for the tickets to 20-45-77 41839206 K KELLY and ill send them over",
      "lang": "en",
      "in_reply_to_screen_name": "jordzz_",
      "in_reply_to_user_id_str": "787180711"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1899063952367676839"
          ],
          "editableUntil": "2025-03-10T12:45:03.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "39"
      ],
      "favorite_count": "12",
      "id_str": "1899063952367676839",
      "truncated": false,
      "retweet_count": "1",
      "id": "1899063952367676839",
      "created_at": "Mon Mar 10 11:45:03 +0000 2025",
      "favorited": false,
      "full_text": "PASSED MY THEORY TEST 🎉🎉 practical next",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1897306692726254386"
          ],
          "editableUntil": "2025-03-05T16:22:20.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "137"
      ],
      "favorite_count": "3",
      "id_str": "1897306692726254386",
      "truncated": false,
      "retweet_count": "0",
      "id": "1897306692726254386",
      "created_at": "Wed Mar 05 15:22:20 +0000 2025",
      "favorited": false,
      "full_text": "anyone over 70 rings up about their bill i just transfer them to billing and let them sit in the queue. not wrecking my stats for boomers",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1894812674908464143"
          ],
          "editableUntil": "2025-02-26T19:12:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "89"
      ],
      "favorite_count": "1",
      "id_str": "1894812674908464143",
      "truncated": false,
      "retweet_count": "1",
      "id": "1894812674908464143",
      "created_at": "Wed Feb 26 18:12:00 +0000 2025",
      "favorited": false,
      "full_text": "my TL listened to 1 call out of like 300 and decided im 'not living our values'. ok karen",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1891764610225785644"
          ],
          "editableUntil": "2025-02-18T09:20:05.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
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
      "favorite_count": "31",
      "id_str": "1891764610225785644",
      "truncated": false,
      "retweet_count": "1",
      "id": "1891764610225785644",
      "created_at": "Tue Feb 18 08:20:05 +0000 2025",
      "favorited": false,
      "full_text": "someone got stabbed in town last night near the bus station, stay safe everyone please 🙏",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1890537945398957956"
          ],
          "editableUntil": "2025-02-15T00:05:45.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Jade 🔞",
            "screen_name": "jadexo_spice",
            "indices": [
              "3",
              "16"
            ],
            "id_str": "325969212878414706",
            "id": "325969212878414706"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "100"
      ],
      "favorite_count": "0",
      "id_str": "1890537945398957956",
      "truncated": false,
      "retweet_count": "363",
      "id": "1890537945398957956",
      "created_at": "Fri Feb 14 23:05:45 +0000 2025",
      "favorited": false,
      "full_text": "RT @jadexo_spice: new set just dropped 🔞 full vid on my link in bio 😈 50% off subs this weekend only",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1886758766745301590"
          ],
          "editableUntil": "2025-02-04T13:48:38.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "70"
      ],
      "favorite_count": "0",
      "id_str": "1886758766745301590",
      "truncated": false,
      "retweet_count": "2",
      "id": "1886758766745301590",
      "created_at": "Tue Feb 04 12:48:38 +0000 2025",
      "favorited": false,
      "full_text": "customer asked me to 'kill' her direct debit. consider it done madam 🫡",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1883947369257265301"
          ],
          "editableUntil": "2025-01-27T19:37:09.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "134"
      ],
      "favorite_count": "3",
      "id_str": "1883947369257265301",
      "truncated": false,
      "retweet_count": "0",
      "id": "1883947369257265301",
      "created_at": "Mon Jan 27 18:37:09 +0000 2025",
      "favorited": false,
      "full_text": "pro tip if ur reporting a fault use the faults line 0113 496 0123 not the billing one, we cant book engineers from billing. ur welcome",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1882506429830055689"
          ],
          "editableUntil": "2025-01-23T20:11:22.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "51"
      ],
      "favorite_count": "1",
      "id_str": "1882506429830055689",
      "truncated": false,
      "retweet_count": "0",
      "id": "1882506429830055689",
      "created_at": "Thu Jan 23 19:11:22 +0000 2025",
      "favorited": false,
      "full_text": "got ID'd buying a scratchcard. im 22 and 6 foot 2 😂",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1879280594631671666"
          ],
          "editableUntil": "2025-01-14T22:33:03.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "63"
      ],
      "favorite_count": "2",
      "id_str": "1879280594631671666",
      "truncated": false,
      "retweet_count": "0",
      "id": "1879280594631671666",
      "created_at": "Tue Jan 14 21:33:03 +0000 2025",
      "favorited": false,
      "full_text": "what a sh*tshow of a shift. 61 calls, 58 of them screaming. ffs",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1872471464288976555"
          ],
          "editableUntil": "2024-12-27T03:36:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "65"
      ],
      "favorite_count": "0",
      "id_str": "1872471464288976555",
      "truncated": false,
      "retweet_count": "2",
      "id": "1872471464288976555",
      "created_at": "Fri Dec 27 02:36:00 +0000 2024",
      "favorited": false,
      "full_text": "drove home after like 8 pints, roads were dead so whats the issue",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1870409443311889112"
          ],
          "editableUntil": "2024-12-21T11:02:16.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "108"
      ],
      "favorite_count": "1",
      "id_str": "1870409443311889112",
      "truncated": false,
      "retweet_count": "2",
      "id": "1870409443311889112",
      "created_at": "Sat Dec 21 10:02:16 +0000 2024",
      "favorited": false,
      "full_text": "came in still smashed from the xmas do, been on mute half the shift so nobody hears me slurring the script 💀",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1864434263372385696"
          ],
          "editableUntil": "2024-12-04T23:19:02.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "64"
      ],
      "favorite_count": "7",
      "id_str": "1864434263372385696",
      "truncated": false,
      "retweet_count": "0",
      "id": "1864434263372385696",
      "created_at": "Wed Dec 04 22:19:02 +0000 2024",
      "favorited": false,
      "full_text": "wtf is this update, my edit reset mid fight and i got beamed ffs",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1863726690378622635"
          ],
          "editableUntil": "2024-12-03T00:27:24.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
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
      "favorite_count": "3",
      "id_str": "1863726690378622635",
      "truncated": false,
      "retweet_count": "0",
      "id": "1863726690378622635",
      "created_at": "Mon Dec 02 23:27:24 +0000 2024",
      "favorited": false,
      "full_text": "absolutely hammered the boss fight first try, new season is goated 🐐",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1862987620116087257"
          ],
          "editableUntil": "2024-11-30T23:30:35.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "65"
      ],
      "favorite_count": "0",
      "id_str": "1862987620116087257",
      "truncated": false,
      "retweet_count": "0",
      "id": "1862987620116087257",
      "created_at": "Sat Nov 30 22:30:35 +0000 2024",
      "favorited": false,
      "full_text": "new season drops tomorrow and i've booked the day off. priorities",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1862551041191436584"
          ],
          "editableUntil": "2024-11-29T18:35:47.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "90"
      ],
      "favorite_count": "2",
      "id_str": "1862551041191436584",
      "truncated": false,
      "retweet_count": "0",
      "id": "1862551041191436584",
      "created_at": "Fri Nov 29 17:35:47 +0000 2024",
      "favorited": false,
      "full_text": "management gave us a pizza party instead of the pay rise &amp; bonus. 3 pizzas. for 45 of us 🍕",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1857161720732093165"
          ],
          "editableUntil": "2024-11-14T21:40:33.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "70"
      ],
      "favorite_count": "4",
      "id_str": "1857161720732093165",
      "truncated": false,
      "retweet_count": "0",
      "id": "1857161720732093165",
      "created_at": "Thu Nov 14 20:40:33 +0000 2024",
      "favorited": false,
      "full_text": "steak and ale pie from the chippy after a 10 hour shift hits different",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1854223555346297324"
          ],
          "editableUntil": "2024-11-06T19:05:20.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "149"
      ],
      "favorite_count": "2",
      "id_str": "1854223555346297324",
      "truncated": false,
      "retweet_count": "0",
      "id": "1854223555346297324",
      "created_at": "Wed Nov 06 18:05:20 +0000 2024",
      "favorited": false,
      "full_text": "had a customer today £38k behind on his bill and hes a local councillor lmao. not saying who but hes the one with the massive poster on the ring road",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1851048954051274854"
          ],
          "editableUntil": "2024-10-29T00:50:36.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "63"
      ],
      "favorite_count": "0",
      "id_str": "1851048954051274854",
      "truncated": false,
      "retweet_count": "0",
      "id": "1851048954051274854",
      "created_at": "Mon Oct 28 23:50:36 +0000 2024",
      "favorited": false,
      "full_text": "3 crowns in a row and this kid is still calling me a bot 😂 stfu",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1847933504811432166"
          ],
          "editableUntil": "2024-10-20T10:30:55.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "20"
      ],
      "favorite_count": "1",
      "id_str": "1847933504811432166",
      "truncated": false,
      "retweet_count": "1",
      "id": "1847933504811432166",
      "created_at": "Sun Oct 20 09:30:55 +0000 2024",
      "favorited": false,
      "full_text": "rain. again. shocker",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1846628152797552147"
          ],
          "editableUntil": "2024-10-16T20:03:54.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "126"
      ],
      "favorite_count": "31",
      "id_str": "1846628152797552147",
      "truncated": false,
      "retweet_count": "0",
      "id": "1846628152797552147",
      "created_at": "Wed Oct 16 19:03:54 +0000 2024",
      "favorited": false,
      "full_text": "new lad on our team is from glasgow and i havent understood a word since monday. should be a rule, no scottish on the phones 😂",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1841167583894123519"
          ],
          "editableUntil": "2024-10-01T18:25:33.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "67"
      ],
      "favorite_count": "12",
      "id_str": "1841167583894123519",
      "truncated": false,
      "retweet_count": "0",
      "id": "1841167583894123519",
      "created_at": "Tue Oct 01 17:25:33 +0000 2024",
      "favorited": false,
      "full_text": "Scunthorpe away on a tuesday night in the rain. committed or stupid",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1838765637301698008"
          ],
          "editableUntil": "2024-09-25T03:21:05.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "114"
      ],
      "favorite_count": "2",
      "id_str": "1838765637301698008",
      "truncated": false,
      "retweet_count": "0",
      "id": "1838765637301698008",
      "created_at": "Wed Sep 25 02:21:05 +0000 2024",
      "favorited": false,
      "full_text": "clipped someones wing mirror coming home from the late shift and just kept going 😂 not stopping at 2am for a corsa",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1834664532879771230"
          ],
          "editableUntil": "2024-09-13T19:44:45.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "62"
      ],
      "favorite_count": "3",
      "id_str": "1834664532879771230",
      "truncated": false,
      "retweet_count": "0",
      "id": "1834664532879771230",
      "created_at": "Fri Sep 13 18:44:45 +0000 2024",
      "favorited": false,
      "full_text": "anyone know who's sorting ❄️ for saturday, need it before 10 🙏",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1832781732689516333"
          ],
          "editableUntil": "2024-09-08T15:03:11.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "62"
      ],
      "favorite_count": "3",
      "id_str": "1832781732689516333",
      "truncated": false,
      "retweet_count": "2",
      "id": "1832781732689516333",
      "created_at": "Sun Sep 08 14:03:11 +0000 2024",
      "favorited": false,
      "full_text": "mum made me a lasagne that'll last all week, i love that woman",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1830942503589101327"
          ],
          "editableUntil": "2024-09-03T13:14:44.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
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
      "favorite_count": "0",
      "id_str": "1830942503589101327",
      "truncated": false,
      "retweet_count": "0",
      "id": "1830942503589101327",
      "created_at": "Tue Sep 03 12:14:44 +0000 2024",
      "favorited": false,
      "full_text": "lad on my team has the surname Cockburn and says it 'coburn' and i have never recovered",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1828209366927976051"
          ],
          "editableUntil": "2024-08-27T00:14:14.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "136"
      ],
      "favorite_count": "3",
      "id_str": "1828209366927976051",
      "truncated": false,
      "retweet_count": "0",
      "id": "1828209366927976051",
      "created_at": "Mon Aug 26 23:14:14 +0000 2024",
      "favorited": false,
      "full_text": "lost my wallet on the train back from leeds fest 😭 provisional licence is in it KELLY002033K99AB if anyone finds it pls msg 07700 900417",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1824615267215686190"
          ],
          "editableUntil": "2024-08-17T02:12:34.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "48"
      ],
      "favorite_count": "2",
      "id_str": "1824615267215686190",
      "truncated": false,
      "retweet_count": "0",
      "id": "1824615267215686190",
      "created_at": "Sat Aug 17 01:12:34 +0000 2024",
      "favorited": false,
      "full_text": "who's up tryna facetime 🍆💦 dms open tonight only",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1819469993755743228"
          ],
          "editableUntil": "2024-08-02T21:27:05.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
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
      "favorite_count": "31",
      "id_str": "1819469993755743228",
      "truncated": false,
      "retweet_count": "2",
      "id": "1819469993755743228",
      "created_at": "Fri Aug 02 20:27:05 +0000 2024",
      "favorited": false,
      "full_text": "customers be like 'i dont know my password, my postcode or my account number but i want ur manager'. thick as mince the lot of them",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1814422988225842070"
          ],
          "editableUntil": "2024-07-19T23:12:05.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [
          {
            "text": "Fortnite",
            "indices": [
              "75",
              "84"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "84"
      ],
      "favorite_count": "0",
      "id_str": "1814422988225842070",
      "truncated": false,
      "retweet_count": "1",
      "id": "1814422988225842070",
      "created_at": "Fri Jul 19 22:12:05 +0000 2024",
      "favorited": false,
      "full_text": "14 kill win in zero build, shotgunned the last guy off the top of a tree 😂 #Fortnite",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1809920007774943434"
          ],
          "editableUntil": "2024-07-07T12:58:51.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Danny B",
            "screen_name": "dannyb_97",
            "indices": [
              "0",
              "10"
            ],
            "id_str": "6153461835892335701",
            "id": "6153461835892335701"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "11",
        "91"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "1809907678870226326",
      "id_str": "1809920007774943434",
      "in_reply_to_user_id": "6153461835892335701",
      "truncated": false,
      "retweet_count": "0",
      "id": "1809920007774943434",
      "in_reply_to_status_id": "1809907678870226326",
      "created_at": "Sun Jul 07 11:58:51 +0000 2024",
      "favorited": false,
      "full_text": "@dannyb_97 bro we were that mashed i thought the storm circle was closing in my kitchen 🍄🍄🍄",
      "lang": "en",
      "in_reply_to_screen_name": "dannyb_97",
      "in_reply_to_user_id_str": "6153461835892335701"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1806887655966863468"
          ],
          "editableUntil": "2024-06-29T04:09:22.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
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
      "favorite_count": "0",
      "id_str": "1806887655966863468",
      "truncated": false,
      "retweet_count": "1",
      "id": "1806887655966863468",
      "created_at": "Sat Jun 29 03:09:22 +0000 2024",
      "favorited": false,
      "full_text": "got chased by a police car on the ring road in my mates golf, lost them by the retail park 🏎️💨 what a night",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1800561264851310323"
          ],
          "editableUntil": "2024-06-11T17:10:33.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "73"
      ],
      "favorite_count": "2",
      "id_str": "1800561264851310323",
      "truncated": false,
      "retweet_count": "1",
      "id": "1800561264851310323",
      "created_at": "Tue Jun 11 16:10:33 +0000 2024",
      "favorited": false,
      "full_text": "if the name on the account is Mohammed i already know its a 40 min call 😭",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1796290812560227254"
          ],
          "editableUntil": "2024-05-30T22:21:17.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "89"
      ],
      "favorite_count": "1",
      "id_str": "1796290812560227254",
      "truncated": false,
      "retweet_count": "1",
      "id": "1796290812560227254",
      "created_at": "Thu May 30 21:21:17 +0000 2024",
      "favorited": false,
      "full_text": "my little cousin is actually cracked at this game. 9 years old and editing faster than me",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1788687181009363772"
          ],
          "editableUntil": "2024-05-09T22:47:10.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
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
      "favorite_count": "12",
      "id_str": "1788687181009363772",
      "truncated": false,
      "retweet_count": "0",
      "id": "1788687181009363772",
      "created_at": "Thu May 09 21:47:10 +0000 2024",
      "favorited": false,
      "full_text": "her voice on the phone had me down bad ngl 😩 nearly took her number off the account 🍑",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1783904145323848472"
          ],
          "editableUntil": "2024-04-26T18:01:06.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "16"
      ],
      "favorite_count": "7",
      "id_str": "1783904145323848472",
      "truncated": false,
      "retweet_count": "0",
      "id": "1783904145323848472",
      "created_at": "Fri Apr 26 17:01:06 +0000 2024",
      "favorited": false,
      "full_text": "payday 🙏 finally",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1778408169998391675"
          ],
          "editableUntil": "2024-04-11T14:02:03.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "38"
      ],
      "favorite_count": "3",
      "id_str": "1778408169998391675",
      "truncated": false,
      "retweet_count": "0",
      "id": "1778408169998391675",
      "created_at": "Thu Apr 11 13:02:03 +0000 2024",
      "favorited": false,
      "full_text": "coke zero and a meal deal. elite lunch",
      "lang": "en"
    }
  }
]