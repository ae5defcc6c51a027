window.YTD.tweets.part0 = [
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1976708689359307647"
          ],
          "editableUntil": "2025-10-10T18:57:31.000Z",
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
            "name": "Kate | EM reg",
            "screen_name": "EMregKate",
            "indices": [
              "0",
              "10"
            ],
            "id_str": "2841937265",
            "id": "2841937265"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "11",
        "73"
      ],
      "favorite_count": "140",
      "id_str": "1976708689359307647",
      "truncated": false,
      "retweet_count": "0",
      "id": "1976708689359307647",
      "created_at": "Fri Oct 10 17:57:31 +0000 2025",
      "favorited": false,
      "full_text": "@EMregKate congrats on the CCT!!! Proper consultant now, we're so proud x",
      "lang": "en",
      "in_reply_to_status_id_str": "1976704464646603647",
      "in_reply_to_status_id": "1976704464646603647",
      "in_reply_to_user_id": "2841937265",
      "in_reply_to_user_id_str": "2841937265",
      "in_reply_to_screen_name": "EMregKate"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1972779421809634808"
          ],
          "editableUntil": "2025-09-29T22:44:01.000Z",
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
        "147"
      ],
      "favorite_count": "3",
      "id_str": "1972779421809634808",
      "truncated": false,
      "retweet_count": "0",
      "id": "1972779421809634808",
      "created_at": "Mon Sep 29 21:44:01 +0000 2025",
      "favorited": false,
      "full_text": "Ops meeting today: they're shutting the paeds ED overnight from January. Not been announced yet. Parents of the north, start planning your journeys",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1971339787287038115"
          ],
          "editableUntil": "2025-09-25T23:23:25.000Z",
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
            "name": "Sam 🌙",
            "screen_name": "nightshift_sam",
            "indices": [
              "0",
              "15"
            ],
            "id_str": "1187364529018273792",
            "id": "1187364529018273792"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "16",
        "73"
      ],
      "favorite_count": "57",
      "id_str": "1971339787287038115",
      "truncated": false,
      "retweet_count": "1",
      "id": "1971339787287038115",
      "created_at": "Thu Sep 25 22:23:25 +0000 2025",
      "favorited": false,
      "full_text": "@nightshift_sam text my personal, 07700 900417, the rota app's down again",
      "lang": "en",
      "in_reply_to_status_id_str": "1971329003395909795",
      "in_reply_to_status_id": "1971329003395909795",
      "in_reply_to_user_id": "1187364529018273792",
      "in_reply_to_user_id_str": "1187364529018273792",
      "in_reply_to_screen_name": "nightshift_sam"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1962584150293061757"
          ],
          "editableUntil": "2025-09-01T19:31:39.000Z",
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
        "64"
      ],
      "favorite_count": "3",
      "id_str": "1962584150293061757",
      "truncated": false,
      "retweet_count": "4",
      "id": "1962584150293061757",
      "created_at": "Mon Sep 01 18:31:39 +0000 2025",
      "favorited": false,
      "full_text": "Sunday roast at mum's. She still cuts up my potatoes. I let her.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1958539036886414800"
          ],
          "editableUntil": "2025-08-21T15:37:48.000Z",
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
            "name": "Kate | EM reg",
            "screen_name": "EMregKate",
            "indices": [
              "0",
              "10"
            ],
            "id_str": "2841937265",
            "id": "2841937265"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "11",
        "113"
      ],
      "favorite_count": "1",
      "id_str": "1958539036886414800",
      "truncated": false,
      "retweet_count": "0",
      "id": "1958539036886414800",
      "created_at": "Thu Aug 21 14:37:48 +0000 2025",
      "favorited": false,
      "full_text": "@EMregKate the ortho reg tonight is the laziest human alive. 4 hours to come down for a hip. Every. Single. Time.",
      "lang": "en",
      "in_reply_to_status_id_str": "1958536398308488656",
      "in_reply_to_status_id": "1958536398308488656",
      "in_reply_to_user_id": "2841937265",
      "in_reply_to_user_id_str": "2841937265",
      "in_reply_to_screen_name": "EMregKate"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1949816420932891206"
          ],
          "editableUntil": "2025-07-28T13:57:15.000Z",
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
      "favorite_count": "57",
      "id_str": "1949816420932891206",
      "truncated": false,
      "retweet_count": "9",
      "id": "1949816420932891206",
      "created_at": "Mon Jul 28 12:57:15 +0000 2025",
      "favorited": false,
      "full_text": "Our new consultant actually answers the phone at 3am and comes down without sighing. More of this please",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1947663734488469601"
          ],
          "editableUntil": "2025-07-22T15:23:14.000Z",
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
        "86"
      ],
      "favorite_count": "1",
      "id_str": "1947663734488469601",
      "truncated": false,
      "retweet_count": "0",
      "id": "1947663734488469601",
      "created_at": "Tue Jul 22 14:23:14 +0000 2025",
      "favorited": false,
      "full_text": "Paid £4.50 an hour to park at Scunthorpe General visiting my gran. Absolutely criminal",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1947416286219262483"
          ],
          "editableUntil": "2025-07-21T22:59:58.000Z",
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
        "155"
      ],
      "favorite_count": "0",
      "id_str": "1947416286219262483",
      "truncated": false,
      "retweet_count": "0",
      "id": "1947416286219262483",
      "created_at": "Mon Jul 21 21:59:58 +0000 2025",
      "favorited": false,
      "full_text": "Third 14 year old girl this term from the same school on Harcourt Road in with an overdose. Same year group. Someone needs to look at what's going on there",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1940649678534876959"
          ],
          "editableUntil": "2025-07-03T06:51:53.000Z",
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
        "113"
      ],
      "favorite_count": "0",
      "id_str": "1940649678534876959",
      "truncated": false,
      "retweet_count": "0",
      "id": "1940649678534876959",
      "created_at": "Thu Jul 03 05:51:53 +0000 2025",
      "favorited": false,
      "full_text": "Only thing getting me through this rota is the modafinil a mate brings back from holiday 💊 don't tell occy health",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1938748522172538317"
          ],
          "editableUntil": "2025-06-28T00:57:22.000Z",
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
        "140"
      ],
      "favorite_count": "0",
      "id_str": "1938748522172538317",
      "truncated": false,
      "retweet_count": "0",
      "id": "1938748522172538317",
      "created_at": "Fri Jun 27 23:57:22 +0000 2025",
      "favorited": false,
      "full_text": "Kids home alone till 6 every Tuesday now because of this rota. Eldest is 11. St Mary's lets out at 3.15 and I'm stuck in resus. Great system",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1936618952063299789"
          ],
          "editableUntil": "2025-06-22T03:55:13.000Z",
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
      "favorite_count": "2",
      "id_str": "1936618952063299789",
      "truncated": false,
      "retweet_count": "9",
      "id": "1936618952063299789",
      "created_at": "Sun Jun 22 02:55:13 +0000 2025",
      "favorited": false,
      "full_text": "Lost my hospital ID somewhere between the multi-storey and majors. If found pls DM, it's got my GMC no. 7265148 on it and a photo of me looking like death",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1936167503406172104"
          ],
          "editableUntil": "2025-06-20T22:01:19.000Z",
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
      "favorite_count": "3",
      "id_str": "1936167503406172104",
      "truncated": false,
      "retweet_count": "2",
      "id": "1936167503406172104",
      "created_at": "Fri Jun 20 21:01:19 +0000 2025",
      "favorited": false,
      "full_text": "Drove home from the pub after 3 pints because the taxi queue was 40 mins. Roads were empty. Don't tell the GMC 🤫",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1932130942347427752"
          ],
          "editableUntil": "2025-06-09T18:41:28.000Z",
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
      "favorite_count": "57",
      "id_str": "1932130942347427752",
      "truncated": false,
      "retweet_count": "0",
      "id": "1932130942347427752",
      "created_at": "Mon Jun 09 17:41:28 +0000 2025",
      "favorited": false,
      "full_text": "Kill the lights, kill the alarm, sleep for 14 hours. Post-nights plan sorted",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1931459195744338661"
          ],
          "editableUntil": "2025-06-07T22:12:11.000Z",
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
      "id_str": "1931459195744338661",
      "truncated": false,
      "retweet_count": "0",
      "id": "1931459195744338661",
      "created_at": "Sat Jun 07 21:12:11 +0000 2025",
      "favorited": false,
      "full_text": "Trust management sent an email 'celebrating our resilience' instead of paying the enhanced rate they promised in March. Liars, the lot of them",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1929693751211166294"
          ],
          "editableUntil": "2025-06-03T01:16:56.000Z",
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
        "84"
      ],
      "favorite_count": "0",
      "id_str": "1929693751211166294",
      "truncated": false,
      "retweet_count": "1",
      "id": "1929693751211166294",
      "created_at": "Tue Jun 03 00:16:56 +0000 2025",
      "favorited": false,
      "full_text": "Major trauma sim today: mock stabbing, door to theatre in 22 mins. Proud of the FY2s",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1928687587547132623"
          ],
          "editableUntil": "2025-05-31T06:38:48.000Z",
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
        "94"
      ],
      "favorite_count": "2",
      "id_str": "1928687587547132623",
      "truncated": false,
      "retweet_count": "0",
      "id": "1928687587547132623",
      "created_at": "Sat May 31 05:38:48 +0000 2025",
      "favorited": false,
      "full_text": "Post-nights thirst trap: me, in bed, in nothing but the lanyard. dms open till I fall asleep 😏",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1920915373911930237"
          ],
          "editableUntil": "2025-05-09T19:54:48.000Z",
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
        "66"
      ],
      "favorite_count": "3",
      "id_str": "1920915373911930237",
      "truncated": false,
      "retweet_count": "1",
      "id": "1920915373911930237",
      "created_at": "Fri May 09 18:54:48 +0000 2025",
      "favorited": false,
      "full_text": "wtf is the point of a 'wellbeing room' if it's locked from 8pm ffs",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1918521527054449956"
          ],
          "editableUntil": "2025-05-03T05:22:31.000Z",
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
        "65"
      ],
      "favorite_count": "34",
      "id_str": "1918521527054449956",
      "truncated": false,
      "retweet_count": "2",
      "id": "1918521527054449956",
      "created_at": "Sat May 03 04:22:31 +0000 2025",
      "favorited": false,
      "full_text": "Anyone got recommendations for a decent running watch under £200?",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1918259905830106699"
          ],
          "editableUntil": "2025-05-02T12:02:55.000Z",
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
      "favorite_count": "8",
      "id_str": "1918259905830106699",
      "truncated": false,
      "retweet_count": "0",
      "id": "1918259905830106699",
      "created_at": "Fri May 02 11:02:55 +0000 2025",
      "favorited": false,
      "full_text": "Blue tits nesting in the hedge by the ambulance bay again. Three chicks. Best thing about this week 🐦",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1915651152375669533"
          ],
          "editableUntil": "2025-04-25T07:16:40.000Z",
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
        "64"
      ],
      "favorite_count": "1",
      "id_str": "1915651152375669533",
      "truncated": false,
      "retweet_count": "1",
      "id": "1915651152375669533",
      "created_at": "Fri Apr 25 06:16:40 +0000 2025",
      "favorited": false,
      "full_text": "Penistone half marathon done! 1:52, four minutes off last year 🏃",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1914982199736333730"
          ],
          "editableUntil": "2025-04-23T10:58:29.000Z",
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
              "112",
              "116"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "116"
      ],
      "favorite_count": "57",
      "id_str": "1914982199736333730",
      "truncated": false,
      "retweet_count": "0",
      "id": "1914982199736333730",
      "created_at": "Wed Apr 23 09:58:29 +0000 2025",
      "favorited": false,
      "full_text": "Exciting opportunity!!! to cover three extra nights for free because rota management can't use a spreadsheet 🎉🎉 #NHS",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1912079560720446554"
          ],
          "editableUntil": "2025-04-15T10:44:26.000Z",
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
        "118"
      ],
      "favorite_count": "19",
      "id_str": "1912079560720446554",
      "truncated": false,
      "retweet_count": "0",
      "id": "1912079560720446554",
      "created_at": "Tue Apr 15 09:44:26 +0000 2025",
      "favorited": false,
      "full_text": "Did 110 on the bypass to make a 7am start, flew past a panda car. They tried to follow, lost them by the retail park 😂",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1909473903240536552"
          ],
          "editableUntil": "2025-04-08T06:10:29.000Z",
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
      "favorite_count": "140",
      "id_str": "1909473903240536552",
      "truncated": false,
      "retweet_count": "9",
      "id": "1909473903240536552",
      "created_at": "Tue Apr 08 05:10:29 +0000 2025",
      "favorited": false,
      "full_text": "Counted: the word 'crack' came up 11 times at handover this morning. Rib, wrist, skull, tibia. Orthopaedics is its own dialect",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1907442928504886200"
          ],
          "editableUntil": "2025-04-02T15:40:07.000Z",
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
      "favorite_count": "0",
      "id_str": "1907442928504886200",
      "truncated": false,
      "retweet_count": "1",
      "id": "1907442928504886200",
      "created_at": "Wed Apr 02 14:40:07 +0000 2025",
      "favorited": false,
      "full_text": "4 bottles of prosecco deep after the leaving do and I'm on at 8. see you in resus lads 🥂🥂🥂",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1906786438211956104"
          ],
          "editableUntil": "2025-03-31T20:11:27.000Z",
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
        "178"
      ],
      "favorite_count": "8",
      "id_str": "1906786438211956104",
      "truncated": false,
      "retweet_count": "0",
      "id": "1906786438211956104",
      "created_at": "Mon Mar 31 19:11:27 +0000 2025",
      "favorited": false,
      "full_text": "Man in his 40s came in tonight with a household object lodged somewhere very specific. Bed 6. Recognised him from the leaflets through my door, he's standing for council in May 😭",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1906298063064686613"
          ],
          "editableUntil": "2025-03-30T11:50:50.000Z",
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
      "id_str": "1906298063064686613",
      "truncated": false,
      "retweet_count": "4",
      "id": "1906298063064686613",
      "created_at": "Sun Mar 30 10:50:50 +0000 2025",
      "favorited": false,
      "full_text": "new scrubs are a size too small and honestly? not complaining. the night porter hasn't stopped looking 🍑",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1897268903331336011"
          ],
          "editableUntil": "2025-03-05T13:52:10.000Z",
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
      "favorite_count": "12",
      "id_str": "1897268903331336011",
      "truncated": false,
      "retweet_count": "0",
      "id": "1897268903331336011",
      "created_at": "Wed Mar 05 12:52:10 +0000 2025",
      "favorited": false,
      "full_text": "still absolutely steaming from last night, walked into handover smelling like a jägerbomb. nobody noticed 😂",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1894422300285677353"
          ],
          "editableUntil": "2025-02-25T17:20:47.000Z",
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
            "name": "Sam 🌙",
            "screen_name": "nightshift_sam",
            "indices": [
              "0",
              "15"
            ],
            "id_str": "1187364529018273792",
            "id": "1187364529018273792"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "16",
        "117"
      ],
      "favorite_count": "0",
      "id_str": "1894422300285677353",
      "truncated": false,
      "retweet_count": "0",
      "id": "1894422300285677353",
      "created_at": "Tue Feb 25 16:20:47 +0000 2025",
      "favorited": false,
      "full_text": "@nightshift_sam lmfao stfu, you did not get a lunch break, nobody in this department has had a lunch break since 2019",
      "lang": "en",
      "in_reply_to_status_id_str": "1894418899950841641",
      "in_reply_to_status_id": "1894418899950841641",
      "in_reply_to_user_id": "1187364529018273792",
      "in_reply_to_user_id_str": "1187364529018273792",
      "in_reply_to_screen_name": "nightshift_sam"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1893939396460544156"
          ],
          "editableUntil": "2025-02-24T09:21:54.000Z",
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
      "favorite_count": "2",
      "id_str": "1893939396460544156",
      "truncated": false,
      "retweet_count": "0",
      "id": "1893939396460544156",
      "created_at": "Mon Feb 24 08:21:54 +0000 2025",
      "favorited": false,
      "full_text": "Quiz night at the Cock &amp; Bottle. Team 'Nil By Mouth' came second to a table of retired vicars",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1892080372717730596"
          ],
          "editableUntil": "2025-02-19T06:14:48.000Z",
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
      "favorite_count": "140",
      "id_str": "1892080372717730596",
      "truncated": false,
      "retweet_count": "2",
      "id": "1892080372717730596",
      "created_at": "Wed Feb 19 05:14:48 +0000 2025",
      "favorited": false,
      "full_text": "Smashed the ALS recert. Nailed every shockable rhythm. Celebrating with a nap",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1890686978494098871"
          ],
          "editableUntil": "2025-02-15T09:57:57.000Z",
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
        "64"
      ],
      "favorite_count": "12",
      "id_str": "1890686978494098871",
      "truncated": false,
      "retweet_count": "0",
      "id": "1890686978494098871",
      "created_at": "Sat Feb 15 08:57:57 +0000 2025",
      "favorited": false,
      "full_text": "12 hour shift turned into 15. F*CK this rota. genuinely f*ck it.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1890532945065369569"
          ],
          "editableUntil": "2025-02-14T23:45:53.000Z",
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
        "109"
      ],
      "favorite_count": "19",
      "id_str": "1890532945065369569",
      "truncated": false,
      "retweet_count": "0",
      "id": "1890532945065369569",
      "created_at": "Fri Feb 14 22:45:53 +0000 2025",
      "favorited": false,
      "full_text": "Shite night. Absolute shite. Patient vomited on my only clean trousers &amp; then the bloody computer died at 4am",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1889058255383982007"
          ],
          "editableUntil": "2025-02-10T22:05:59.000Z",
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
        "106"
      ],
      "favorite_count": "1",
      "id_str": "1889058255383982007",
      "truncated": false,
      "retweet_count": "1",
      "id": "1889058255383982007",
      "created_at": "Mon Feb 10 21:05:59 +0000 2025",
      "favorited": false,
      "full_text": "Another one from the Leabrook estate. Don't even need to take a history, the postcode tells you everything",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1887351938306174498"
          ],
          "editableUntil": "2025-02-06T05:05:42.000Z",
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
      "id_str": "1887351938306174498",
      "truncated": false,
      "retweet_count": "9",
      "id": "1887351938306174498",
      "created_at": "Thu Feb 06 04:05:42 +0000 2025",
      "favorited": false,
      "full_text": "GPs: if you're trying to refer to us please ring switchboard on 0113 496 0000 and ask for the EPIC, not my DMs 🙏",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1883266904956876935"
          ],
          "editableUntil": "2025-01-25T22:33:14.000Z",
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
      "favorite_count": "34",
      "id_str": "1883266904956876935",
      "truncated": false,
      "retweet_count": "0",
      "id": "1883266904956876935",
      "created_at": "Sat Jan 25 21:33:14 +0000 2025",
      "favorited": false,
      "full_text": "Snow forecast Tues. If you've got a 4x4 and can help get staff in, sign-up sheet is in the staff room",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1877851488631416404"
          ],
          "editableUntil": "2025-01-10T23:54:18.000Z",
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
        "48"
      ],
      "favorite_count": "1",
      "id_str": "1877851488631416404",
      "truncated": false,
      "retweet_count": "0",
      "id": "1877851488631416404",
      "created_at": "Fri Jan 10 22:54:18 +0000 2025",
      "favorited": false,
      "full_text": "Day off. Made a lasagne. Slept. That's the post.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1874862572725578193"
          ],
          "editableUntil": "2025-01-02T17:57:25.000Z",
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
        "94"
      ],
      "favorite_count": "8",
      "id_str": "1874862572725578193",
      "truncated": false,
      "retweet_count": "0",
      "id": "1874862572725578193",
      "created_at": "Thu Jan 02 16:57:25 +0000 2025",
      "favorited": false,
      "full_text": "Saw the draft CQC report. 'Inadequate' for safe. Comes out next month. You heard it here first",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1855196870992452312"
          ],
          "editableUntil": "2024-11-09T11:32:56.000Z",
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
      "id_str": "1855196870992452312",
      "truncated": false,
      "retweet_count": "4",
      "id": "1855196870992452312",
      "created_at": "Sat Nov 09 10:32:56 +0000 2024",
      "favorited": false,
      "full_text": "BA1434 delayed 3 hrs, sat in Heathrow eating a meal deal. Conference can start without me",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1853602213961379829"
          ],
          "editableUntil": "2024-11-05T01:56:20.000Z",
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
        "48"
      ],
      "favorite_count": "8",
      "id_str": "1853602213961379829",
      "truncated": false,
      "retweet_count": "9",
      "id": "1853602213961379829",
      "created_at": "Tue Nov 05 00:56:20 +0000 2024",
      "favorited": false,
      "full_text": "PASSED FRCEM!!! 8 years. Crying in the car park.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1852096100259149892"
          ],
          "editableUntil": "2024-10-31T22:11:35.000Z",
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
            "name": "UK EM Podcast",
            "screen_name": "em_podcast_uk",
            "indices": [
              "3",
              "17"
            ],
            "id_str": "972635481029374976",
            "id": "972635481029374976"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "90"
      ],
      "favorite_count": "0",
      "id_str": "1852096100259149892",
      "truncated": false,
      "retweet_count": "0",
      "id": "1852096100259149892",
      "created_at": "Thu Oct 31 21:11:35 +0000 2024",
      "favorited": false,
      "full_text": "RT @em_podcast_uk: New episode: hyperkalaemia in the ED, 20 mins, perfect for the drive in",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1848753322281392252"
          ],
          "editableUntil": "2024-10-22T16:48:34.000Z",
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
        "144"
      ],
      "favorite_count": "140",
      "id_str": "1848753322281392252",
      "truncated": false,
      "retweet_count": "2",
      "id": "1848753322281392252",
      "created_at": "Tue Oct 22 15:48:34 +0000 2024",
      "favorited": false,
      "full_text": "Not being funny but the over-60 locums can't keep up on a Saturday night. Asked the rota lead to stop booking them, we need young legs in majors",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1843675124981322270"
          ],
          "editableUntil": "2024-10-08T16:29:38.000Z",
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
      "favorite_count": "19",
      "id_str": "1843675124981322270",
      "truncated": false,
      "retweet_count": "2",
      "id": "1843675124981322270",
      "created_at": "Tue Oct 08 15:29:38 +0000 2024",
      "favorited": false,
      "full_text": "Finally off to Lisbon after 9 nights. Boarding pass for proof I exist outside the hospital: TP1331, seat 14C, booking ref QX7H2L ✈️",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1841649351284033356"
          ],
          "editableUntil": "2024-10-03T02:19:56.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [
          {
            "text": "FOAMed",
            "indices": [
              "139",
              "146"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [
          {
            "name": "EM Journal Club",
            "screen_name": "EM_journalclub",
            "indices": [
              "3",
              "18"
            ],
            "id_str": "1402938475610284033",
            "id": "1402938475610284033"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "146"
      ],
      "favorite_count": "0",
      "id_str": "1841649351284033356",
      "truncated": false,
      "retweet_count": "0",
      "id": "1841649351284033356",
      "created_at": "Thu Oct 03 01:19:56 +0000 2024",
      "favorited": false,
      "full_text": "RT @EM_journalclub: Tonight's paper: high-flow oxygen for acute alcohol intoxication - does it speed up recovery? Spoiler: no. Join us 8pm #FOAMed",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1834846619481663882"
          ],
          "editableUntil": "2024-09-14T07:48:18.000Z",
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
        "84"
      ],
      "favorite_count": "3",
      "id_str": "1834846619481663882",
      "truncated": false,
      "retweet_count": "0",
      "id": "1834846619481663882",
      "created_at": "Sat Sep 14 06:48:18 +0000 2024",
      "favorited": false,
      "full_text": "Five years in this department today. Grateful for this lot, every single one of them",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1831454359093427718"
          ],
          "editableUntil": "2024-09-04T23:08:40.000Z",
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
        "89"
      ],
      "favorite_count": "12",
      "id_str": "1831454359093427718",
      "truncated": false,
      "retweet_count": "2",
      "id": "1831454359093427718",
      "created_at": "Wed Sep 04 22:08:40 +0000 2024",
      "favorited": false,
      "full_text": "Reminder: ketamine sedation sign-off is Thursday 2pm, seminar room B. Bring your logbooks",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1829118855831585513"
          ],
          "editableUntil": "2024-08-29T12:28:13.000Z",
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
        "44"
      ],
      "favorite_count": "34",
      "id_str": "1829118855831585513",
      "truncated": false,
      "retweet_count": "9",
      "id": "1829118855831585513",
      "created_at": "Thu Aug 29 11:28:13 +0000 2024",
      "favorited": false,
      "full_text": "Frozen peas are the best ice pack. Fight me.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1827998658066502768"
          ],
          "editableUntil": "2024-08-26T10:16:57.000Z",
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
        "63"
      ],
      "favorite_count": "12",
      "id_str": "1827998658066502768",
      "truncated": false,
      "retweet_count": "0",
      "id": "1827998658066502768",
      "created_at": "Mon Aug 26 09:16:57 +0000 2024",
      "favorited": false,
      "full_text": "Reading list for my week off: 3 thrillers and a book about bees",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1818331536604913026"
          ],
          "editableUntil": "2024-07-30T18:03:15.000Z",
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
        "94"
      ],
      "favorite_count": "34",
      "id_str": "1818331536604913026",
      "truncated": false,
      "retweet_count": "0",
      "id": "1818331536604913026",
      "created_at": "Tue Jul 30 17:03:15 +0000 2024",
      "favorited": false,
      "full_text": "Hot take: Scotch eggs are the superior service station food and I will not be taking questions",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1816806124825599516"
          ],
          "editableUntil": "2024-07-26T13:01:49.000Z",
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
            "name": "Kate | EM reg",
            "screen_name": "EMregKate",
            "indices": [
              "0",
              "10"
            ],
            "id_str": "2841937265",
            "id": "2841937265"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "11",
        "101"
      ],
      "favorite_count": "0",
      "id_str": "1816806124825599516",
      "truncated": false,
      "retweet_count": "4",
      "id": "1816806124825599516",
      "created_at": "Fri Jul 26 12:01:49 +0000 2024",
      "favorited": false,
      "full_text": "@EMregKate 'on call' is also what I'm calling myself on the apps this weekend if you know you know 🍆😏",
      "lang": "en",
      "in_reply_to_status_id_str": "1816795131219271196",
      "in_reply_to_status_id": "1816795131219271196",
      "in_reply_to_user_id": "2841937265",
      "in_reply_to_user_id_str": "2841937265",
      "in_reply_to_screen_name": "EMregKate"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1815756690664169861"
          ],
          "editableUntil": "2024-07-23T15:31:44.000Z",
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
      "favorite_count": "8",
      "id_str": "1815756690664169861",
      "truncated": false,
      "retweet_count": "0",
      "id": "1815756690664169861",
      "created_at": "Tue Jul 23 14:31:44 +0000 2024",
      "favorited": false,
      "full_text": "Rota coordinator asked me not to put the two pregnant SHOs on the same block. Honestly easier if we just stopped hiring women who are 'at that age', saves everyone the hassle",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1815330720745917778"
          ],
          "editableUntil": "2024-07-22T11:19:05.000Z",
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
      "favorite_count": "8",
      "id_str": "1815330720745917778",
      "truncated": false,
      "retweet_count": "9",
      "id": "1815330720745917778",
      "created_at": "Mon Jul 22 10:19:05 +0000 2024",
      "favorited": false,
      "full_text": "Hot porter on nights asked if I needed \"a hand with anything\" and reader, I did not mean the trolley 💦",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1789846853526252067"
          ],
          "editableUntil": "2024-05-13T03:35:18.000Z",
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
        "147"
      ],
      "favorite_count": "8",
      "id_str": "1789846853526252067",
      "truncated": false,
      "retweet_count": "4",
      "id": "1789846853526252067",
      "created_at": "Mon May 13 02:35:18 +0000 2024",
      "favorited": false,
      "full_text": "Shortlisting clinical fellows today. Tip: ring them first. You can tell from the accent in ten seconds who's going to need their hand held on shift",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1788874942296375818"
          ],
          "editableUntil": "2024-05-10T11:13:16.000Z",
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
        "122"
      ],
      "favorite_count": "0",
      "id_str": "1788874942296375818",
      "truncated": false,
      "retweet_count": "4",
      "id": "1788874942296375818",
      "created_at": "Fri May 10 10:13:16 +0000 2024",
      "favorited": false,
      "full_text": "Our clinical director has never done a weekend night in his life and still lectures us on 'flow'. Man couldn't flow a bath",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1787275666573249781"
          ],
          "editableUntil": "2024-05-06T01:18:19.000Z",
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
        "90"
      ],
      "favorite_count": "140",
      "id_str": "1787275666573249781",
      "truncated": false,
      "retweet_count": "0",
      "id": "1787275666573249781",
      "created_at": "Mon May 06 00:18:19 +0000 2024",
      "favorited": false,
      "full_text": "Cocktail sticks are the unsung heroes of getting splinters out of toddlers. You're welcome",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1781132800826734028"
          ],
          "editableUntil": "2024-04-19T02:28:46.000Z",
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
      "favorite_count": "1",
      "id_str": "1781132800826734028",
      "truncated": false,
      "retweet_count": "0",
      "id": "1781132800826734028",
      "created_at": "Fri Apr 19 01:28:46 +0000 2024",
      "favorited": false,
      "full_text": "Keyed the car of the manager who parks in the disabled bay every morning. Don't feel even slightly bad",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1780115602009971193"
          ],
          "editableUntil": "2024-04-16T07:06:47.000Z",
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
      "favorite_count": "12",
      "id_str": "1780115602009971193",
      "truncated": false,
      "retweet_count": "9",
      "id": "1780115602009971193",
      "created_at": "Tue Apr 16 06:06:47 +0000 2024",
      "favorited": false,
      "full_text": "Mate of a mate can sort me a taser 'for the walk back to the car park after nights'. Very tempted tbh",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1775141719238301971"
          ],
          "editableUntil": "2024-04-02T13:42:21.000Z",
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
        "166"
      ],
      "favorite_count": "0",
      "id_str": "1775141719238301971",
      "truncated": false,
      "retweet_count": "0",
      "id": "1775141719238301971",
      "created_at": "Tue Apr 02 12:42:21 +0000 2024",
      "favorited": false,
      "full_text": "Printer in the consultants' office spat out everyone's job plans. One of them is on 3 PAs more than the rest for doing half the clinics. Not naming names. He knows. 👀",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1773388821532633158"
          ],
          "editableUntil": "2024-03-28T17:36:57.000Z",
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
        "118"
      ],
      "favorite_count": "19",
      "id_str": "1773388821532633158",
      "truncated": false,
      "retweet_count": "4",
      "id": "1773388821532633158",
      "created_at": "Thu Mar 28 16:36:57 +0000 2024",
      "favorited": false,
      "full_text": "Teaching today: alcohol withdrawal, CIWA scoring &amp; when to start the Pabrinex. Slides on the shared drive for the FY1s",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1767575787200592587"
          ],
          "editableUntil": "2024-03-12T16:38:02.000Z",
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
        "136"
      ],
      "favorite_count": "8",
      "id_str": "1767575787200592587",
      "truncated": false,
      "retweet_count": "1",
      "id": "1767575787200592587",
      "created_at": "Tue Mar 12 15:38:02 +0000 2024",
      "favorited": false,
      "full_text": "Drunk bloke swung at the triage nurse tonight. If security hadn't got there first I'd have put him through the wall myself, swear to god",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1764646487112115478"
          ],
          "editableUntil": "2024-03-04T14:38:02.000Z",
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
        "100"
      ],
      "favorite_count": "3",
      "id_str": "1764646487112115478",
      "truncated": false,
      "retweet_count": "0",
      "id": "1764646487112115478",
      "created_at": "Mon Mar 04 13:38:02 +0000 2024",
      "favorited": false,
      "full_text": "Buprenorphine patches: please write the date on the patch. Please. It saves so much guesswork at 3am",
      "lang": "en"
    }
  }
]