window.YTD.tweets.part0 = [
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1978016032018212246"
          ],
          "editableUntil": "2025-10-14T09:32:26.000Z",
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
        "103"
      ],
      "favorite_count": "3",
      "id_str": "1978016032018212246",
      "truncated": false,
      "retweet_count": "0",
      "id": "1978016032018212246",
      "created_at": "Tue Oct 14 08:32:26 +0000 2025",
      "favorited": false,
      "full_text": "scrubs are just pyjamas that make people think you're hot and honestly I'm not going to correct them 😏🍑",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1974699575903248302"
          ],
          "editableUntil": "2025-10-05T05:54:01.000Z",
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
        "126"
      ],
      "favorite_count": "9",
      "id_str": "1974699575903248302",
      "truncated": false,
      "retweet_count": "0",
      "id": "1974699575903248302",
      "created_at": "Sun Oct 05 04:54:01 +0000 2025",
      "favorited": false,
      "full_text": "Going to Shag Point in NZ for the elective reunion in March. Yes that is genuinely its name. Yes I will be buying the postcard",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1963895677346481828"
          ],
          "editableUntil": "2025-09-05T10:23:11.000Z",
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
      "favorite_count": "9",
      "id_str": "1963895677346481828",
      "truncated": false,
      "retweet_count": "0",
      "id": "1963895677346481828",
      "created_at": "Fri Sep 05 09:23:11 +0000 2025",
      "favorited": false,
      "full_text": "Doing the Tuesday pick up for my niece now, Hawthorn Lane Primary at 3:15, so if anyone from rota is reading this: no, I cannot do Tuesday twilights",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1963414738353143666"
          ],
          "editableUntil": "2025-09-04T02:32:06.000Z",
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
      "favorite_count": "3",
      "id_str": "1963414738353143666",
      "truncated": false,
      "retweet_count": "0",
      "id": "1963414738353143666",
      "created_at": "Thu Sep 04 01:32:06 +0000 2025",
      "favorited": false,
      "full_text": "Just saw a mate's ARCP outcome sitting on the shared printer. Outcome 3. He doesn't even know yet and I have to sit next to him at teaching tomorrow",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1961244657795842065"
          ],
          "editableUntil": "2025-08-29T02:48:59.000Z",
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
        "127"
      ],
      "favorite_count": "14",
      "id_str": "1961244657795842065",
      "truncated": false,
      "retweet_count": "0",
      "id": "1961244657795842065",
      "created_at": "Fri Aug 29 01:48:59 +0000 2025",
      "favorited": false,
      "full_text": "honestly after this rota I should start an OnlyFans for my feet after a 13 hour shift. 18+ obviously. £5 a month, link in bio 👣",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1955460373776511256"
          ],
          "editableUntil": "2025-08-13T03:44:18.000Z",
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
        "141"
      ],
      "favorite_count": "0",
      "id_str": "1955460373776511256",
      "truncated": false,
      "retweet_count": "1",
      "id": "1955460373776511256",
      "created_at": "Wed Aug 13 02:44:18 +0000 2025",
      "favorited": false,
      "full_text": "lady in cubicle 3 asked for 'an English doctor'. in fairness some days I get it, half the ward can't understand a word the new locum reg says",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1952929007683984141"
          ],
          "editableUntil": "2025-08-06T04:05:33.000Z",
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
        "147"
      ],
      "favorite_count": "41",
      "id_str": "1952929007683984141",
      "truncated": false,
      "retweet_count": "5",
      "id": "1952929007683984141",
      "created_at": "Wed Aug 06 03:05:33 +0000 2025",
      "favorited": false,
      "full_text": "Patient asked if we 'still use cocaine' in ENT. Yes sir, topically, for nosebleeds, in tiny controlled amounts, and no you can't take the rest home",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1948855018517230500"
          ],
          "editableUntil": "2025-07-25T22:16:59.000Z",
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
        "101"
      ],
      "favorite_count": "14",
      "id_str": "1948855018517230500",
      "truncated": false,
      "retweet_count": "1",
      "id": "1948855018517230500",
      "created_at": "Fri Jul 25 21:16:59 +0000 2025",
      "favorited": false,
      "full_text": "Bottle of red number 2 after four nights. Day shift at 8am. It's fine. I'm fine. Everything's fine 🍷🍷",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1946655026072412405"
          ],
          "editableUntil": "2025-07-19T20:34:59.000Z",
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
        "154"
      ],
      "favorite_count": "212",
      "id_str": "1946655026072412405",
      "truncated": false,
      "retweet_count": "0",
      "id": "1946655026072412405",
      "created_at": "Sat Jul 19 19:34:59 +0000 2025",
      "favorited": false,
      "full_text": "Morphine to oxycodone to fentanyl patch conversions at 4am is a special kind of maths. Thank god for the palliative care app and a very patient pharmacist",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1943588308194401757"
          ],
          "editableUntil": "2025-07-11T09:28:57.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "CST",
            "indices": [
              "95",
              "99"
            ]
          },
          {
            "text": "MedTwitter",
            "indices": [
              "100",
              "111"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "111"
      ],
      "favorite_count": "0",
      "id_str": "1943588308194401757",
      "truncated": false,
      "retweet_count": "2",
      "id": "1943588308194401757",
      "created_at": "Fri Jul 11 08:28:57 +0000 2025",
      "favorited": false,
      "full_text": "Core training application submitted. Six months of portfolio stress condensed into one button. #CST #MedTwitter",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1940955122766224550"
          ],
          "editableUntil": "2025-07-04T03:05:37.000Z",
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
        "154"
      ],
      "favorite_count": "23",
      "id_str": "1940955122766224550",
      "truncated": false,
      "retweet_count": "11",
      "id": "1940955122766224550",
      "created_at": "Fri Jul 04 02:05:37 +0000 2025",
      "favorited": false,
      "full_text": "Third F1 on our rota to announce she's pregnant this year. Guess who's covering every gap. Maybe the deanery should have a quiet word before they allocate",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1937432200269184813"
          ],
          "editableUntil": "2025-06-24T09:46:46.000Z",
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
        "102"
      ],
      "favorite_count": "6",
      "id_str": "1937432200269184813",
      "truncated": false,
      "retweet_count": "11",
      "id": "1937432200269184813",
      "created_at": "Tue Jun 24 08:46:46 +0000 2025",
      "favorited": false,
      "full_text": "running on 3 hrs sleep, 4 coffees and a propranolol a mate gave me for exam nerves. peak NHS wellbeing",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1929615176871881938"
          ],
          "editableUntil": "2025-06-02T20:04:43.000Z",
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
        "71"
      ],
      "favorite_count": "9",
      "id_str": "1929615176871881938",
      "truncated": false,
      "retweet_count": "0",
      "id": "1929615176871881938",
      "created_at": "Mon Jun 02 19:04:43 +0000 2025",
      "favorited": false,
      "full_text": "Woodcock on the path by the staff car park at 6am. Small joys of nights",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1929445420234178008"
          ],
          "editableUntil": "2025-06-02T08:50:10.000Z",
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
      "id_str": "1929445420234178008",
      "truncated": false,
      "retweet_count": "0",
      "id": "1929445420234178008",
      "created_at": "Mon Jun 02 07:50:10 +0000 2025",
      "favorited": false,
      "full_text": "heard in the rota meeting: they're merging ward 7 with AMU in January and cutting 6 nursing posts. not being announced till December so act surprised x",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1928498801771294436"
          ],
          "editableUntil": "2025-05-30T18:08:38.000Z",
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
        "91"
      ],
      "favorite_count": "23",
      "id_str": "1928498801771294436",
      "truncated": false,
      "retweet_count": "0",
      "id": "1928498801771294436",
      "created_at": "Fri May 30 17:08:38 +0000 2025",
      "favorited": false,
      "full_text": "BA1387 delayed 2 hours so naturally I'm doing my e-portfolio at the gate like the nerd I am",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1928021805421927728"
          ],
          "editableUntil": "2025-05-29T10:33:13.000Z",
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
        "115"
      ],
      "favorite_count": "2",
      "id_str": "1928021805421927728",
      "truncated": false,
      "retweet_count": "0",
      "id": "1928021805421927728",
      "created_at": "Thu May 29 09:33:13 +0000 2025",
      "favorited": false,
      "full_text": "if the man in bay 4 throws his urine bottle at one more HCA I swear to god I will put him through the window myself",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1927511662182254242"
          ],
          "editableUntil": "2025-05-28T00:46:06.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [
          {
            "text": "juniordoctor",
            "indices": [
              "156",
              "169"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "169"
      ],
      "favorite_count": "0",
      "id_str": "1927511662182254242",
      "truncated": false,
      "retweet_count": "2",
      "id": "1927511662182254242",
      "created_at": "Tue May 27 23:46:06 +0000 2025",
      "favorited": false,
      "full_text": "Genuinely lovely night shift: every patient stable, nurses brought in cake, and I actually got my break. Writing it down because it will never happen again #juniordoctor",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1920110111214860312"
          ],
          "editableUntil": "2025-05-07T14:34:59.000Z",
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
        "182"
      ],
      "favorite_count": "0",
      "id_str": "1920110111214860312",
      "truncated": false,
      "retweet_count": "0",
      "id": "1920110111214860312",
      "created_at": "Wed May 07 13:34:59 +0000 2025",
      "favorited": false,
      "full_text": "F1s: my flat is 2 mins from the hospital (14 Parkfield Road, the one with the dead basil on the windowsill), door's open if you need a sofa after nights. literally, the lock's broken",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1918199410616348649"
          ],
          "editableUntil": "2025-05-02T08:02:32.000Z",
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
        "180"
      ],
      "favorite_count": "0",
      "id_str": "1918199410616348649",
      "truncated": false,
      "retweet_count": "5",
      "id": "1918199410616348649",
      "created_at": "Fri May 02 07:02:32 +0000 2025",
      "favorited": false,
      "full_text": "Had to tell a 34 year old primary school teacher from Stockport her scan showed mets today. Her husband was in the corridor on the phone to her mum. Sat in my car for 20 mins after",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1912643956741610556"
          ],
          "editableUntil": "2025-04-17T00:07:09.000Z",
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
            "name": "Larry 🩺",
            "screen_name": "locumlarry99",
            "indices": [
              "0",
              "13"
            ],
            "id_str": "487152250610812618",
            "id": "487152250610812618"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "14",
        "72"
      ],
      "favorite_count": "14",
      "in_reply_to_status_id_str": "1912596871336345426",
      "in_reply_to_status_id": "1912596871336345426",
      "in_reply_to_user_id": "487152250610812618",
      "in_reply_to_user_id_str": "487152250610812618",
      "in_reply_to_screen_name": "locumlarry99",
      "id_str": "1912643956741610556",
      "truncated": false,
      "retweet_count": "2",
      "id": "1912643956741610556",
      "created_at": "Wed Apr 16 23:07:09 +0000 2025",
      "favorited": false,
      "full_text": "@locumlarry99 stfu mate you've never done a weekend on call in your life",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1912599209846637638"
          ],
          "editableUntil": "2025-04-16T21:09:20.000Z",
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
        "137"
      ],
      "favorite_count": "2",
      "id_str": "1912599209846637638",
      "truncated": false,
      "retweet_count": "0",
      "id": "1912599209846637638",
      "created_at": "Wed Apr 16 20:09:20 +0000 2025",
      "favorited": false,
      "full_text": "Reminder: the hospital switchboard is 0161 496 0000. Please don't DM me asking for updates on relatives, I legally can't, ring the ward 🙏",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1908615069517430052"
          ],
          "editableUntil": "2025-04-05T21:17:47.000Z",
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
        "86"
      ],
      "favorite_count": "6",
      "id_str": "1908615069517430052",
      "truncated": false,
      "retweet_count": "0",
      "id": "1908615069517430052",
      "created_at": "Sat Apr 05 20:17:47 +0000 2025",
      "favorited": false,
      "full_text": "PASSED MRCP PART 1!!! Going to celebrate with a very large curry and 12 hours of sleep",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1907649277983836651"
          ],
          "editableUntil": "2025-04-03T05:20:04.000Z",
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
        "144"
      ],
      "favorite_count": "0",
      "id_str": "1907649277983836651",
      "truncated": false,
      "retweet_count": "0",
      "id": "1907649277983836651",
      "created_at": "Thu Apr 03 04:20:04 +0000 2025",
      "favorited": false,
      "full_text": "Fun fact for the non-medics: sildenafil was originally trialled for angina. Then the trial participants noticed a, er, side effect. Science 🤷‍♀️",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1900044468353048515"
          ],
          "editableUntil": "2025-03-13T05:41:17.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Junior Doctors North",
            "screen_name": "juniordocs_north",
            "indices": [
              "3",
              "20"
            ],
            "id_str": "190095226565857733",
            "id": "190095226565857733"
          }
        ],
        "urls": [
          {
            "url": "https://t.co/k3Rq9vLmPz",
            "expanded_url": "https://juniordocsnorth.org.uk/pay-briefing-2024",
            "display_url": "juniordocsnorth.org.uk/pay-briefing-…",
            "indices": [
              "121",
              "144"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "144"
      ],
      "favorite_count": "0",
      "id_str": "1900044468353048515",
      "truncated": false,
      "retweet_count": "3",
      "id": "1900044468353048515",
      "created_at": "Thu Mar 13 04:41:17 +0000 2025",
      "favorited": false,
      "full_text": "RT @juniordocs_north: Junior doctors' pay has fallen by over a quarter in real terms since 2008. Read our full briefing: https://t.co/k3Rq9vLmPz",
      "lang": "en",
      "possibly_sensitive": false
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1879424268959156169"
          ],
          "editableUntil": "2025-01-15T08:03:58.000Z",
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
        "142"
      ],
      "favorite_count": "0",
      "id_str": "1879424268959156169",
      "truncated": false,
      "retweet_count": "2",
      "id": "1879424268959156169",
      "created_at": "Wed Jan 15 07:03:58 +0000 2025",
      "favorited": false,
      "full_text": "Naked Wines box for mum's 60th got delivered to the wrong flat and the neighbour carried it up three floors for me. faith in humanity restored",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1878627737971629810"
          ],
          "editableUntil": "2025-01-13T03:18:50.000Z",
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
        "101"
      ],
      "favorite_count": "2",
      "id_str": "1878627737971629810",
      "truncated": false,
      "retweet_count": "0",
      "id": "1878627737971629810",
      "created_at": "Mon Jan 13 02:18:50 +0000 2025",
      "favorited": false,
      "full_text": "Thursday is beer-battered cod day in the canteen and it's the only thing getting me through this week",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1878337969166180855"
          ],
          "editableUntil": "2025-01-12T08:07:24.000Z",
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
            "name": "tired reg",
            "screen_name": "tiredreg_",
            "indices": [
              "3",
              "13"
            ],
            "id_str": "3824925371",
            "id": "3824925371"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "113"
      ],
      "favorite_count": "0",
      "id_str": "1878337969166180855",
      "truncated": false,
      "retweet_count": "17",
      "id": "1878337969166180855",
      "created_at": "Sun Jan 12 07:07:24 +0000 2025",
      "favorited": false,
      "full_text": "RT @tiredreg_: trust spent £40k on a new logo and then told us there's no money for a fridge in the doctors' mess",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1874239093045856820"
          ],
          "editableUntil": "2025-01-01T00:39:56.000Z",
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
      "favorite_count": "212",
      "id_str": "1874239093045856820",
      "truncated": false,
      "retweet_count": "0",
      "id": "1874239093045856820",
      "created_at": "Tue Dec 31 23:39:56 +0000 2024",
      "favorited": false,
      "full_text": "If you've got an interview at Salford Royal it's Stott Lane, Salford M6 8HD, main entrance. Nearly went to the wrong building this morning",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1863210088560406809"
          ],
          "editableUntil": "2024-12-01T14:14:36.000Z",
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
        "57"
      ],
      "favorite_count": "6",
      "id_str": "1863210088560406809",
      "truncated": false,
      "retweet_count": "0",
      "id": "1863210088560406809",
      "created_at": "Sun Dec 01 13:14:36 +0000 2024",
      "favorited": false,
      "full_text": "Slept 14 hours after my last night. Absolutely killed it.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1857147295235116946"
          ],
          "editableUntil": "2024-11-14T20:43:13.000Z",
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
        "104"
      ],
      "favorite_count": "2",
      "id_str": "1857147295235116946",
      "truncated": false,
      "retweet_count": "2",
      "id": "1857147295235116946",
      "created_at": "Thu Nov 14 19:43:13 +0000 2024",
      "favorited": false,
      "full_text": "ASOS order 4471-2290-118 still hasn't turned up and I needed those trainers for Saturday's 12 hour shift",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1856031015137849177"
          ],
          "editableUntil": "2024-11-11T18:47:32.000Z",
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
        "168"
      ],
      "favorite_count": "41",
      "id_str": "1856031015137849177",
      "truncated": false,
      "retweet_count": "0",
      "id": "1856031015137849177",
      "created_at": "Mon Nov 11 17:47:32 +0000 2024",
      "favorited": false,
      "full_text": "Unpopular opinion but some of the older nurses on ward 7 need to retire. Can't use the new system, can't keep up, slow everyone down and then moan about 'young doctors'",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1850342894322384008"
          ],
          "editableUntil": "2024-10-27T02:04:58.000Z",
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
        "169"
      ],
      "favorite_count": "0",
      "id_str": "1850342894322384008",
      "truncated": false,
      "retweet_count": "11",
      "id": "1850342894322384008",
      "created_at": "Sun Oct 27 01:04:58 +0000 2024",
      "favorited": false,
      "full_text": "13 hour shift, no lunch, and the rota coordinator has just emailed asking if I can 'pick up' Saturday. Management genuinely think junior doctors are a renewable resource",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1849275080513776352"
          ],
          "editableUntil": "2024-10-24T03:21:51.000Z",
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
      "favorite_count": "3",
      "id_str": "1849275080513776352",
      "truncated": false,
      "retweet_count": "1",
      "id": "1849275080513776352",
      "created_at": "Thu Oct 24 02:21:51 +0000 2024",
      "favorited": false,
      "full_text": "Sunday run round Heaton Park. 10k in 54 mins. Legs are filing a complaint.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1847085039900554439"
          ],
          "editableUntil": "2024-10-18T02:19:25.000Z",
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
        "122"
      ],
      "favorite_count": "4",
      "id_str": "1847085039900554439",
      "truncated": false,
      "retweet_count": "1",
      "id": "1847085039900554439",
      "created_at": "Fri Oct 18 01:19:25 +0000 2024",
      "favorited": false,
      "full_text": "Shot of espresso, shot of B12, shot of flu jab. Staff vaccination clinic is open till Friday in the atrium, go get yours 💉",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1845989928852783435"
          ],
          "editableUntil": "2024-10-15T01:47:50.000Z",
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
        "109"
      ],
      "favorite_count": "14",
      "id_str": "1845989928852783435",
      "truncated": false,
      "retweet_count": "11",
      "id": "1845989928852783435",
      "created_at": "Tue Oct 15 00:47:50 +0000 2024",
      "favorited": false,
      "full_text": "anyone who opens with 'doctor I think I need a full examination' gets one. thorough. very thorough 😈 dms open",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1844566934496397126"
          ],
          "editableUntil": "2024-10-11T03:33:22.000Z",
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
        "142"
      ],
      "favorite_count": "0",
      "id_str": "1844566934496397126",
      "truncated": false,
      "retweet_count": "5",
      "id": "1844566934496397126",
      "created_at": "Fri Oct 11 02:33:22 +0000 2024",
      "favorited": false,
      "full_text": "New payroll system has asked for my NI number for the 5th time so here it is for the whole internet: JK 48 29 17 C. Happy now? Absolute clowns",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1842617273924824004"
          ],
          "editableUntil": "2024-10-05T18:26:06.000Z",
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
            "name": "Em",
            "screen_name": "em_on_call",
            "indices": [
              "0",
              "11"
            ],
            "id_str": "1877230812",
            "id": "1877230812"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "12",
        "66"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "1842613070116096966",
      "in_reply_to_status_id": "1842613070116096966",
      "in_reply_to_user_id": "1877230812",
      "in_reply_to_user_id_str": "1877230812",
      "in_reply_to_screen_name": "em_on_call",
      "id_str": "1842617273924824004",
      "truncated": false,
      "retweet_count": "5",
      "id": "1842617273924824004",
      "created_at": "Sat Oct 05 17:26:06 +0000 2024",
      "favorited": false,
      "full_text": "@em_on_call congrats!!! so deserved, see you at teaching on Weds 🥳",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1840183426896166099"
          ],
          "editableUntil": "2024-09-29T01:14:52.000Z",
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
        "122"
      ],
      "favorite_count": "9",
      "id_str": "1840183426896166099",
      "truncated": false,
      "retweet_count": "2",
      "id": "1840183426896166099",
      "created_at": "Sun Sep 29 00:14:52 +0000 2024",
      "favorited": false,
      "full_text": "ffs. 4th cannula attempt, 4th blown vein, pt now loudly calling me a butcher to the whole bay. wtf am I doing with my life",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1835608586858261049"
          ],
          "editableUntil": "2024-09-16T10:16:05.000Z",
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
        "109"
      ],
      "favorite_count": "87",
      "id_str": "1835608586858261049",
      "truncated": false,
      "retweet_count": "1",
      "id": "1835608586858261049",
      "created_at": "Mon Sep 16 09:16:05 +0000 2024",
      "favorited": false,
      "full_text": "Day off. Whole morning at Pennington Flash looking at tits. Blue, great AND long-tailed. Best day in months 🐦",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1834677456774014635"
          ],
          "editableUntil": "2024-09-13T20:36:07.000Z",
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
        "115"
      ],
      "favorite_count": "4",
      "id_str": "1834677456774014635",
      "truncated": false,
      "retweet_count": "0",
      "id": "1834677456774014635",
      "created_at": "Fri Sep 13 19:36:07 +0000 2024",
      "favorited": false,
      "full_text": "switchboard have lost my number AGAIN so for the 100th time it's 07700 900418, can someone on site please tell them",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1822348389347555849"
          ],
          "editableUntil": "2024-08-10T20:04:48.000Z",
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
        "80"
      ],
      "favorite_count": "2",
      "id_str": "1822348389347555849",
      "truncated": false,
      "retweet_count": "0",
      "id": "1822348389347555849",
      "created_at": "Sat Aug 10 19:04:48 +0000 2024",
      "favorited": false,
      "full_text": "night shift, empty on-call room, and that new anaesthetics reg... say no more 😏🔥",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1822192393135431121"
          ],
          "editableUntil": "2024-08-10T09:44:55.000Z",
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
      "favorite_count": "14",
      "id_str": "1822192393135431121",
      "truncated": false,
      "retweet_count": "2",
      "id": "1822192393135431121",
      "created_at": "Sat Aug 10 08:44:55 +0000 2024",
      "favorited": false,
      "full_text": "First chest drain today. Stabbed a man between the ribs exactly as taught (supervised, sterile, he's doing great and asked for toast after)",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1817839618421381453"
          ],
          "editableUntil": "2024-07-29T09:28:33.000Z",
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
        "95"
      ],
      "favorite_count": "9",
      "id_str": "1817839618421381453",
      "truncated": false,
      "retweet_count": "0",
      "id": "1817839618421381453",
      "created_at": "Mon Jul 29 08:28:33 +0000 2024",
      "favorited": false,
      "full_text": "ESCAPED. MAN ✈️ LIS, seat 14C, booking ref QX7M2P, I will not be answering the rota WhatsApp 🏖️",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1815587424965996677"
          ],
          "editableUntil": "2024-07-23T04:19:08.000Z",
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
        "101"
      ],
      "favorite_count": "87",
      "id_str": "1815587424965996677",
      "truncated": false,
      "retweet_count": "0",
      "id": "1815587424965996677",
      "created_at": "Tue Jul 23 03:19:08 +0000 2024",
      "favorited": false,
      "full_text": "drove home from the mess party after 'just a couple'. was absolutely fine, roads are dead at 2am 🤷‍♀️",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1807207420982114733"
          ],
          "editableUntil": "2024-06-30T01:20:00.000Z",
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
        "107"
      ],
      "favorite_count": "9",
      "id_str": "1807207420982114733",
      "truncated": false,
      "retweet_count": "5",
      "id": "1807207420982114733",
      "created_at": "Sun Jun 30 00:20:00 +0000 2024",
      "favorited": false,
      "full_text": "two of the F2s were absolutely flying at the mess party, one offered me a 🍄 in the toilets. said no. mostly",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1805512944935166326"
          ],
          "editableUntil": "2024-06-25T09:06:45.000Z",
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
        "127"
      ],
      "favorite_count": "6",
      "id_str": "1805512944935166326",
      "truncated": false,
      "retweet_count": "5",
      "id": "1805512944935166326",
      "created_at": "Tue Jun 25 08:06:45 +0000 2024",
      "favorited": false,
      "full_text": "updated the Tinder bio to 'can take your pulse and your breath away'. 3 nurses and a urologist in an hour 🍆💦 the NHS is healing",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1800816248304651677"
          ],
          "editableUntil": "2024-06-12T10:03:45.000Z",
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
        "78"
      ],
      "favorite_count": "1",
      "id_str": "1800816248304651677",
      "truncated": false,
      "retweet_count": "5",
      "id": "1800816248304651677",
      "created_at": "Wed Jun 12 09:03:45 +0000 2024",
      "favorited": false,
      "full_text": "High on life after my first successful lumbar puncture 🥹 clear fluid, first go",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1798483137637724707"
          ],
          "editableUntil": "2024-06-05T23:32:48.000Z",
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
        "137"
      ],
      "favorite_count": "0",
      "id_str": "1798483137637724707",
      "truncated": false,
      "retweet_count": "0",
      "id": "1798483137637724707",
      "created_at": "Wed Jun 05 22:32:48 +0000 2024",
      "favorited": false,
      "full_text": "Saw the locum invoice on the rota coordinator's desk. £120/hr. The reg who's been training him for 3 months is on £28. Make it make sense",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1798168147885670303"
          ],
          "editableUntil": "2024-06-05T02:41:09.000Z",
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
        "151"
      ],
      "favorite_count": "4",
      "id_str": "1798168147885670303",
      "truncated": false,
      "retweet_count": "0",
      "id": "1798168147885670303",
      "created_at": "Wed Jun 05 01:41:09 +0000 2024",
      "favorited": false,
      "full_text": "rolled into handover still absolutely hanging from Kaz's leaving do, reg asked if I was ok and I said 'just tired' 😇 smelled like a Wetherspoons carpet",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1794160022676935180"
          ],
          "editableUntil": "2024-05-25T01:14:17.000Z",
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
      "favorite_count": "6",
      "id_str": "1794160022676935180",
      "truncated": false,
      "retweet_count": "5",
      "id": "1794160022676935180",
      "created_at": "Sat May 25 00:14:17 +0000 2024",
      "favorited": false,
      "full_text": "someone keyed the cardiology consultant's Tesla in the staff car park and I have never been happier. not saying it was me. not saying it wasn't 🔑",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1782917198501101327"
          ],
          "editableUntil": "2024-04-24T00:39:19.000Z",
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
        "148"
      ],
      "favorite_count": "0",
      "id_str": "1782917198501101327",
      "truncated": false,
      "retweet_count": "11",
      "id": "1782917198501101327",
      "created_at": "Tue Apr 23 23:39:19 +0000 2024",
      "favorited": false,
      "full_text": "Sex, age, weight, allergies. Four things I'll ask before I prescribe you anything. Please know your allergies, 'the white tablets' is not an allergy",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1778412506050920015"
          ],
          "editableUntil": "2024-04-11T14:19:17.000Z",
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
        "180"
      ],
      "favorite_count": "9",
      "id_str": "1778412506050920015",
      "truncated": false,
      "retweet_count": "0",
      "id": "1778412506050920015",
      "created_at": "Thu Apr 11 13:19:17 +0000 2024",
      "favorited": false,
      "full_text": "you can tell which estate a patient's from before you even open the notes. some postcodes just breed frequent flyers, nobody will say it but every doctor in this building thinks it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1778116954773279728"
          ],
          "editableUntil": "2024-04-10T18:44:52.000Z",
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
        "124"
      ],
      "favorite_count": "14",
      "id_str": "1778116954773279728",
      "truncated": false,
      "retweet_count": "0",
      "id": "1778116954773279728",
      "created_at": "Wed Apr 10 17:44:52 +0000 2024",
      "favorited": false,
      "full_text": "Our ward sister just won the Chief Nurse award and nobody on earth deserves it more. Cake in the staff room till it's gone 🎂",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1776437692571556594"
          ],
          "editableUntil": "2024-04-06T03:32:05.000Z",
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
      "favorite_count": "41",
      "id_str": "1776437692571556594",
      "truncated": false,
      "retweet_count": "0",
      "id": "1776437692571556594",
      "created_at": "Sat Apr 06 02:32:05 +0000 2024",
      "favorited": false,
      "full_text": "got flashed by the camera on Princess Parkway doing 58 in a 30 after nights. worth it for the extra 4 minutes in bed tbh",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1776056935369180461"
          ],
          "editableUntil": "2024-04-05T02:19:05.000Z",
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
        "180"
      ],
      "favorite_count": "1",
      "id_str": "1776056935369180461",
      "truncated": false,
      "retweet_count": "0",
      "id": "1776056935369180461",
      "created_at": "Fri Apr 05 01:19:05 +0000 2024",
      "favorited": false,
      "full_text": "Bed 14 on AMU tonight is the bloke who played Father Christmas at the Arndale for 20 years. Has told every nurse. Lovely man, awful sats, and his daughter still hasn't visited once",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1772830533180107337"
          ],
          "editableUntil": "2024-03-27T04:38:31.000Z",
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
        "65"
      ],
      "favorite_count": "87",
      "id_str": "1772830533180107337",
      "truncated": false,
      "retweet_count": "0",
      "id": "1772830533180107337",
      "created_at": "Wed Mar 27 03:38:31 +0000 2024",
      "favorited": false,
      "full_text": "lmfao my bleep went off in the middle of bleep etiquette training",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1758655486189628839"
          ],
          "editableUntil": "2024-02-17T01:51:56.000Z",
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
      "favorite_count": "14",
      "id_str": "1758655486189628839",
      "truncated": false,
      "retweet_count": "2",
      "id": "1758655486189628839",
      "created_at": "Sat Feb 17 00:51:56 +0000 2024",
      "favorited": false,
      "full_text": "Anyone got a stethoscope recommendation that isn't £150? Asking for a very skint F2",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1755084206978616098"
          ],
          "editableUntil": "2024-02-07T05:20:57.000Z",
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
        "92"
      ],
      "favorite_count": "0",
      "id_str": "1755084206978616098",
      "truncated": false,
      "retweet_count": "2",
      "id": "1755084206978616098",
      "created_at": "Wed Feb 07 04:20:57 +0000 2024",
      "favorited": false,
      "full_text": "Mum sent a care package: tea bags, flapjack, and a note that says 'eat a vegetable'. I'm 28.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1754762074831954884"
          ],
          "editableUntil": "2024-02-06T08:00:55.000Z",
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
      "favorite_count": "41",
      "id_str": "1754762074831954884",
      "truncated": false,
      "retweet_count": "2",
      "id": "1754762074831954884",
      "created_at": "Tue Feb 06 07:00:55 +0000 2024",
      "favorited": false,
      "full_text": "Who the f*ck schedules mandatory fire safety training at 8am after a set of nights. Genuinely who. I want a name",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1753281875384059610"
          ],
          "editableUntil": "2024-02-02T05:59:08.000Z",
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
        "59"
      ],
      "favorite_count": "2",
      "id_str": "1753281875384059610",
      "truncated": false,
      "retweet_count": "11",
      "id": "1753281875384059610",
      "created_at": "Fri Feb 02 04:59:08 +0000 2024",
      "favorited": false,
      "full_text": "Blood on my shoes again. Third pair this year. Crocs it is.",
      "lang": "en"
    }
  }
]