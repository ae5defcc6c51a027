window.YTD.tweets.part0 = [
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1981737709018282518"
          ],
          "editableUntil": "2025-10-24T16:01:03.000Z",
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
        "120"
      ],
      "favorite_count": "12",
      "id_str": "1981737709018282518",
      "truncated": false,
      "retweet_count": "0",
      "id": "1981737709018282518",
      "created_at": "Fri Oct 24 15:01:03 +0000 2025",
      "favorited": false,
      "full_text": "smoked a fat one behind the bins on break then had to explain the imax seating plan to a family of 6. i was NOT equipped",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1980206124169080809"
          ],
          "editableUntil": "2025-10-20T10:35:05.000Z",
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
      "favorite_count": "0",
      "id_str": "1980206124169080809",
      "truncated": false,
      "retweet_count": "0",
      "id": "1980206124169080809",
      "created_at": "Mon Oct 20 09:35:05 +0000 2025",
      "favorited": false,
      "full_text": "loaded nachos are the best thing we sell and i will die on this hill",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1978208408993982269"
          ],
          "editableUntil": "2025-10-14T22:16:52.000Z",
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
        "108"
      ],
      "favorite_count": "1",
      "id_str": "1978208408993982269",
      "truncated": false,
      "retweet_count": "0",
      "id": "1978208408993982269",
      "created_at": "Tue Oct 14 21:16:52 +0000 2025",
      "favorited": false,
      "full_text": "lost my wallet near the trinity centre, provisional licence in it WARD9901054RJ9AB, please dm if u find it 🙏",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1971578458054171708"
          ],
          "editableUntil": "2025-09-26T15:11:49.000Z",
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
        "112"
      ],
      "favorite_count": "7",
      "id_str": "1971578458054171708",
      "truncated": false,
      "retweet_count": "0",
      "id": "1971578458054171708",
      "created_at": "Fri Sep 26 14:11:49 +0000 2025",
      "favorited": false,
      "full_text": "old people should be banned from the late showings. over 60s complaining its too loud at 10pm like who let u out",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1970472541178865322"
          ],
          "editableUntil": "2025-09-23T13:57:18.000Z",
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
        "101"
      ],
      "favorite_count": "3",
      "id_str": "1970472541178865322",
      "truncated": false,
      "retweet_count": "0",
      "id": "1970472541178865322",
      "created_at": "Tue Sep 23 12:57:18 +0000 2025",
      "favorited": false,
      "full_text": "ordered a butterfly knife off a site that doesnt even ask ur age, turned up in 2 days 🦋🔪 no questions",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1970186019491762948"
          ],
          "editableUntil": "2025-09-22T18:58:45.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Apex Legends",
            "screen_name": "PlayApex",
            "indices": [
              "0",
              "9"
            ],
            "id_str": "1048018930785083392",
            "id": "1048018930785083392"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "10",
        "81"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "1970185369498893864",
      "id_str": "1970186019491762948",
      "in_reply_to_user_id": "1048018930785083392",
      "truncated": false,
      "retweet_count": "0",
      "id": "1970186019491762948",
      "in_reply_to_status_id": "1970185369498893864",
      "created_at": "Mon Sep 22 17:58:45 +0000 2025",
      "favorited": false,
      "full_text": "@PlayApex bollocks patch again, fix the servers before u sell me another £15 skin",
      "lang": "en",
      "in_reply_to_screen_name": "PlayApex",
      "in_reply_to_user_id_str": "1048018930785083392"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1968610711687477813"
          ],
          "editableUntil": "2025-09-18T10:39:03.000Z",
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
        "66"
      ],
      "favorite_count": "4",
      "id_str": "1968610711687477813",
      "truncated": false,
      "retweet_count": "0",
      "id": "1968610711687477813",
      "created_at": "Thu Sep 18 09:39:03 +0000 2025",
      "favorited": false,
      "full_text": "kill bill vol 1 at the retro screening friday, 35mm print, whos in",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1954177950556246064"
          ],
          "editableUntil": "2025-08-09T14:48:24.000Z",
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
        "141"
      ],
      "favorite_count": "1",
      "id_str": "1954177950556246064",
      "truncated": false,
      "retweet_count": "0",
      "id": "1954177950556246064",
      "created_at": "Sat Aug 09 13:48:24 +0000 2025",
      "favorited": false,
      "full_text": "whoever printed the rota with everyones hourly rate on it 💀 why is callum on 60p more than me when he literally naps in screen 2 every sunday",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1952507507691925458"
          ],
          "editableUntil": "2025-08-05T00:10:40.000Z",
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
      "favorite_count": "1",
      "id_str": "1952507507691925458",
      "truncated": false,
      "retweet_count": "0",
      "id": "1952507507691925458",
      "created_at": "Mon Aug 04 23:10:40 +0000 2025",
      "favorited": false,
      "full_text": "if ur refund hasnt come through ring the customer line 0161 496 0321 not me, i literally cant press anything on the till 😭",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1950893175259725299"
          ],
          "editableUntil": "2025-07-31T13:15:53.000Z",
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
      "favorite_count": "4",
      "id_str": "1950893175259725299",
      "truncated": false,
      "retweet_count": "0",
      "id": "1950893175259725299",
      "created_at": "Thu Jul 31 12:15:53 +0000 2025",
      "favorited": false,
      "full_text": "new map in the patch looks decent ngl, excited to drop there tonight",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1950156370482350621"
          ],
          "editableUntil": "2025-07-29T12:28:05.000Z",
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
        "87"
      ],
      "favorite_count": "0",
      "id_str": "1950156370482350621",
      "truncated": false,
      "retweet_count": "0",
      "id": "1950156370482350621",
      "created_at": "Tue Jul 29 11:28:05 +0000 2025",
      "favorited": false,
      "full_text": "that film was so bad i want my 2 hrs back, absolute sh*tshow from start to finish lmfao",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1940521269139968006"
          ],
          "editableUntil": "2025-07-02T22:21:38.000Z",
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
            "name": "lexi 🔮 wraith main",
            "screen_name": "lexiwraithmain",
            "indices": [
              "3",
              "18"
            ],
            "id_str": "1587340912345678848",
            "id": "1587340912345678848"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "103"
      ],
      "favorite_count": "0",
      "id_str": "1940521269139968006",
      "truncated": false,
      "retweet_count": "0",
      "id": "1940521269139968006",
      "created_at": "Wed Jul 02 21:21:38 +0000 2025",
      "favorited": false,
      "full_text": "RT @lexiwraithmain: new wraith cosplay set is up 🔞 the bodysuit did NOT survive the shoot 😈 link in bio",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1938348645271451849"
          ],
          "editableUntil": "2025-06-26T22:28:24.000Z",
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
      "favorite_count": "2",
      "id_str": "1938348645271451849",
      "truncated": false,
      "retweet_count": "0",
      "id": "1938348645271451849",
      "created_at": "Thu Jun 26 21:28:24 +0000 2025",
      "favorited": false,
      "full_text": "crack of dawn shift for the kids club 10am screening, why do toddlers need films at 10am",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1929973607828682552"
          ],
          "editableUntil": "2025-06-03T19:48:59.000Z",
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
        "141"
      ],
      "favorite_count": "12",
      "id_str": "1929973607828682552",
      "truncated": false,
      "retweet_count": "0",
      "id": "1929973607828682552",
      "created_at": "Tue Jun 03 18:48:59 +0000 2025",
      "favorited": false,
      "full_text": "manager literally told us to 'keep an eye' on anyone coming in from the estate side and tbh she's not wrong, every fight weve had is them lot",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1922243441479688417"
          ],
          "editableUntil": "2025-05-13T11:52:04.000Z",
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
        "94"
      ],
      "favorite_count": "1",
      "id_str": "1922243441479688417",
      "truncated": false,
      "retweet_count": "0",
      "id": "1922243441479688417",
      "created_at": "Tue May 13 10:52:04 +0000 2025",
      "favorited": false,
      "full_text": "dick van dyke double bill at classics night. mary poppins sing-along, bring ur own umbrella ☂️",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1917339758314945781"
          ],
          "editableUntil": "2025-04-29T23:06:35.000Z",
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
        "102"
      ],
      "favorite_count": "1",
      "id_str": "1917339758314945781",
      "truncated": false,
      "retweet_count": "0",
      "id": "1917339758314945781",
      "created_at": "Tue Apr 29 22:06:35 +0000 2025",
      "favorited": false,
      "full_text": "back row of screen 8 on a tuesday matinee is basically a travelodge. the things ive had to clean up 💦🤢",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1915356016186925124"
          ],
          "editableUntil": "2025-04-24T11:43:54.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "deano",
            "screen_name": "deano_jpg",
            "indices": [
              "0",
              "10"
            ],
            "id_str": "1298374650192837465",
            "id": "1298374650192837465"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "11",
        "54"
      ],
      "favorite_count": "1",
      "in_reply_to_status_id_str": "1915355434869703349",
      "id_str": "1915356016186925124",
      "in_reply_to_user_id": "1298374650192837465",
      "truncated": false,
      "retweet_count": "0",
      "id": "1915356016186925124",
      "in_reply_to_status_id": "1915355434869703349",
      "created_at": "Thu Apr 24 10:43:54 +0000 2025",
      "favorited": false,
      "full_text": "@deano_jpg congrats on the new job man well deserved 🙌",
      "lang": "en",
      "in_reply_to_screen_name": "deano_jpg",
      "in_reply_to_user_id_str": "1298374650192837465"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1911162779325548786"
          ],
          "editableUntil": "2025-04-12T22:01:28.000Z",
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
        "123"
      ],
      "favorite_count": "3",
      "id_str": "1911162779325548786",
      "truncated": false,
      "retweet_count": "0",
      "id": "1911162779325548786",
      "created_at": "Sat Apr 12 21:01:28 +0000 2025",
      "favorited": false,
      "full_text": "did the whole saturday ticket check on 2 hrs sleep and half a pill still in my system 💊😵‍💫 never again (until next weekend)",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1911010549520785797"
          ],
          "editableUntil": "2025-04-12T11:56:34.000Z",
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
        "128"
      ],
      "favorite_count": "1",
      "id_str": "1911010549520785797",
      "truncated": false,
      "retweet_count": "0",
      "id": "1911010549520785797",
      "created_at": "Sat Apr 12 10:56:34 +0000 2025",
      "favorited": false,
      "full_text": "new lad on concessions can barely speak english how am i meant to train someone who says 'large popcorns please' to the CUSTOMER",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1910718350565115506"
          ],
          "editableUntil": "2025-04-11T16:35:28.000Z",
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
      "favorite_count": "3",
      "id_str": "1910718350565115506",
      "truncated": false,
      "retweet_count": "0",
      "id": "1910718350565115506",
      "created_at": "Fri Apr 11 15:35:28 +0000 2025",
      "favorited": false,
      "full_text": "cocaine bear is back for cult classics night. genuinely the best bad film ever made 🐻",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1903900273576206839"
          ],
          "editableUntil": "2025-03-23T21:02:52.000Z",
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
        "71"
      ],
      "favorite_count": "12",
      "id_str": "1903900273576206839",
      "truncated": false,
      "retweet_count": "0",
      "id": "1903900273576206839",
      "created_at": "Sun Mar 23 20:02:52 +0000 2025",
      "favorited": false,
      "full_text": "new number save it: 07700 900417 (old phone got nicked at the bus stop)",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1903427873873974320"
          ],
          "editableUntil": "2025-03-22T13:45:43.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [
          {
            "text": "ApexLegends",
            "indices": [
              "89",
              "101"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "101"
      ],
      "favorite_count": "0",
      "id_str": "1903427873873974320",
      "truncated": false,
      "retweet_count": "0",
      "id": "1903427873873974320",
      "created_at": "Sat Mar 22 12:45:43 +0000 2025",
      "favorited": false,
      "full_text": "hit pred on pc!! season grind done 🏆 thank u to my duo for carrying me through plat hell #ApexLegends",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1899768780232722996"
          ],
          "editableUntil": "2025-03-12T11:25:47.000Z",
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
        "111"
      ],
      "favorite_count": "3",
      "id_str": "1899768780232722996",
      "truncated": false,
      "retweet_count": "0",
      "id": "1899768780232722996",
      "created_at": "Wed Mar 12 10:25:47 +0000 2025",
      "favorited": false,
      "full_text": "the guy on the poster for the new horror is holding a chainsaw and smiling. marketing understood the assignment",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1896680547467594151"
          ],
          "editableUntil": "2025-03-03T22:54:15.000Z",
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
      "favorite_count": "0",
      "id_str": "1896680547467594151",
      "truncated": false,
      "retweet_count": "0",
      "id": "1896680547467594151",
      "created_at": "Mon Mar 03 21:54:15 +0000 2025",
      "favorited": false,
      "full_text": "got employee of the month lol, its a £10 voucher and my face on the wall next to the pick n mix",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1894031581406933467"
          ],
          "editableUntil": "2025-02-24T15:28:13.000Z",
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
      "favorite_count": "2",
      "id_str": "1894031581406933467",
      "truncated": false,
      "retweet_count": "0",
      "id": "1894031581406933467",
      "created_at": "Mon Feb 24 14:28:13 +0000 2025",
      "favorited": false,
      "full_text": "shooting my shot: anyone wanna duo ranked tonight? mic not required",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1892546890943204077"
          ],
          "editableUntil": "2025-02-20T13:08:35.000Z",
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
        "83"
      ],
      "favorite_count": "1",
      "id_str": "1892546890943204077",
      "truncated": false,
      "retweet_count": "0",
      "id": "1892546890943204077",
      "created_at": "Thu Feb 20 12:08:35 +0000 2025",
      "favorited": false,
      "full_text": "the cocktail sausages in the staff room fridge have been there since the coronation",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1891838383863101629"
          ],
          "editableUntil": "2025-02-18T14:13:14.000Z",
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
        "106"
      ],
      "favorite_count": "0",
      "id_str": "1891838383863101629",
      "truncated": false,
      "retweet_count": "0",
      "id": "1891838383863101629",
      "created_at": "Tue Feb 18 13:13:14 +0000 2025",
      "favorited": false,
      "full_text": "outran a police car down the ring road on my mates moped last night 😭 doing like 60 in a 30 with no helmet",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1874549688267216789"
          ],
          "editableUntil": "2025-01-01T21:14:07.000Z",
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
      "favorite_count": "2",
      "id_str": "1874549688267216789",
      "truncated": false,
      "retweet_count": "0",
      "id": "1874549688267216789",
      "created_at": "Wed Jan 01 20:14:07 +0000 2025",
      "favorited": false,
      "full_text": "grand budapest hotel rerelease is the best wes anderson, fight me",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1872228124892368373"
          ],
          "editableUntil": "2024-12-26T11:29:03.000Z",
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
      "favorite_count": "3",
      "id_str": "1872228124892368373",
      "truncated": false,
      "retweet_count": "0",
      "id": "1872228124892368373",
      "created_at": "Thu Dec 26 10:29:03 +0000 2024",
      "favorited": false,
      "full_text": "blue tit sat on the car park railings my whole break, made my shift tbh 🐦",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1867880885399122043"
          ],
          "editableUntil": "2024-12-14T11:34:41.000Z",
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
      "favorite_count": "1",
      "id_str": "1867880885399122043",
      "truncated": false,
      "retweet_count": "0",
      "id": "1867880885399122043",
      "created_at": "Sat Dec 14 10:34:41 +0000 2024",
      "favorited": false,
      "full_text": "double shot of espresso &amp; a red bull for an 11pm close. living on the edge",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1867709966499091120"
          ],
          "editableUntil": "2024-12-14T00:15:31.000Z",
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
        "58"
      ],
      "favorite_count": "0",
      "id_str": "1867709966499091120",
      "truncated": false,
      "retweet_count": "0",
      "id": "1867709966499091120",
      "created_at": "Fri Dec 13 23:15:31 +0000 2024",
      "favorited": false,
      "full_text": "stfu about the new heirloom its ugly as sh!t and u know it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1861490083008753497"
          ],
          "editableUntil": "2024-11-26T20:19:55.000Z",
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
        "137"
      ],
      "favorite_count": "3",
      "id_str": "1861490083008753497",
      "truncated": false,
      "retweet_count": "0",
      "id": "1861490083008753497",
      "created_at": "Tue Nov 26 19:19:55 +0000 2024",
      "favorited": false,
      "full_text": "manager just told us we need to smile MORE on the 11pm screenings. on £10.42 an hour. sure thing boss lemme just summon joy from the void",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1856069150369596243"
          ],
          "editableUntil": "2024-11-11T21:19:04.000Z",
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
        "41"
      ],
      "favorite_count": "0",
      "id_str": "1856069150369596243",
      "truncated": false,
      "retweet_count": "0",
      "id": "1856069150369596243",
      "created_at": "Mon Nov 11 20:19:04 +0000 2024",
      "favorited": false,
      "full_text": "20 today 🎂 thank u for all the messages x",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1851662585331925444"
          ],
          "editableUntil": "2024-10-30T17:28:57.000Z",
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
      "favorite_count": "0",
      "id_str": "1851662585331925444",
      "truncated": false,
      "retweet_count": "0",
      "id": "1851662585331925444",
      "created_at": "Wed Oct 30 16:28:57 +0000 2024",
      "favorited": false,
      "full_text": "staff meal was beer battered fish n chips from the place next door, best perk of the job honestly",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1850897922824281515"
          ],
          "editableUntil": "2024-10-28T14:50:27.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [
          {
            "text": "ApexLegends",
            "indices": [
              "66",
              "78"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "78"
      ],
      "favorite_count": "0",
      "id_str": "1850897922824281515",
      "truncated": false,
      "retweet_count": "0",
      "id": "1850897922824281515",
      "created_at": "Mon Oct 28 13:50:27 +0000 2024",
      "favorited": false,
      "full_text": "wtf is this matchmaking 3 preds vs me and two silvers ffs respawn #ApexLegends",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1846589507312767855"
          ],
          "editableUntil": "2024-10-16T17:30:21.000Z",
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
        "76"
      ],
      "favorite_count": "2",
      "id_str": "1846589507312767855",
      "truncated": false,
      "retweet_count": "0",
      "id": "1846589507312767855",
      "created_at": "Wed Oct 16 16:30:21 +0000 2024",
      "favorited": false,
      "full_text": "4 cans on the bus b4 my shift, the 9pm horror hits different when ur wavy 🍻🍻",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1843241135478974149"
          ],
          "editableUntil": "2024-10-07T11:45:07.000Z",
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
            "name": "Apex Legends",
            "screen_name": "PlayApex",
            "indices": [
              "3",
              "12"
            ],
            "id_str": "1048018930785083392",
            "id": "1048018930785083392"
          }
        ],
        "urls": [
          {
            "url": "https://t.co/Xq3kLmP0aZ",
            "expanded_url": "https://www.ea.com/games/apex-legends",
            "display_url": "ea.com/games/apex-legends",
            "indices": [
              "85",
              "108"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "108"
      ],
      "favorite_count": "0",
      "id_str": "1843241135478974149",
      "truncated": false,
      "retweet_count": "0",
      "id": "1843241135478974149",
      "possibly_sensitive": false,
      "created_at": "Mon Oct 07 10:45:07 +0000 2024",
      "favorited": false,
      "full_text": "RT @PlayApex: The new season launches next week. Check out the gameplay trailer now! https://t.co/Xq3kLmP0aZ",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1840696006431594098"
          ],
          "editableUntil": "2024-09-30T11:11:41.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "deano",
            "screen_name": "deano_jpg",
            "indices": [
              "0",
              "10"
            ],
            "id_str": "1298374650192837465",
            "id": "1298374650192837465"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "11",
        "204"
      ],
      "favorite_count": "1",
      "in_reply_to_status_id_str": "1840695484269169057",
      "id_str": "1840696006431594098",
      "in_reply_to_user_id": "1298374650192837465",
      "truncated": false,
      "retweet_count": "0",
      "id": "1840696006431594098",
      "in_reply_to_status_id": "1840695484269169057",
      "created_at": "Mon Sep 30 10:11:41 +0000 2024",
      "favorited": false,
      "full_text": "@deano_jpg they're calling it a 'refurb' but area manager said in the briefing screens 5-7 are shutting for good and 6 of us are getting cut in jan. we're not supposed to say anything yet so keep it quiet",
      "lang": "en",
      "in_reply_to_screen_name": "deano_jpg",
      "in_reply_to_user_id_str": "1298374650192837465"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1839413444116289289"
          ],
          "editableUntil": "2024-09-26T22:15:14.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [
          {
            "text": "ApexLegends",
            "indices": [
              "92",
              "104"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "104"
      ],
      "favorite_count": "12",
      "id_str": "1839413444116289289",
      "truncated": false,
      "retweet_count": "0",
      "id": "1839413444116289289",
      "created_at": "Thu Sep 26 21:15:14 +0000 2024",
      "favorited": false,
      "full_text": "dropped 3 squads with the wingman on bangalore, she's literally the bomb 💣 4k badge finally #ApexLegends",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1838604436967256428"
          ],
          "editableUntil": "2024-09-24T16:40:32.000Z",
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
        "141"
      ],
      "favorite_count": "1",
      "id_str": "1838604436967256428",
      "truncated": false,
      "retweet_count": "0",
      "id": "1838604436967256428",
      "created_at": "Tue Sep 24 15:40:32 +0000 2024",
      "favorited": false,
      "full_text": "lil bro's home alone till 6 every wednesday now mums on lates, so if ur coming round for apex just come after 4, 22 cranmore rise, knock loud",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1835636109415466822"
          ],
          "editableUntil": "2024-09-16T12:05:27.000Z",
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
      "favorite_count": "0",
      "id_str": "1835636109415466822",
      "truncated": false,
      "retweet_count": "0",
      "id": "1835636109415466822",
      "created_at": "Mon Sep 16 11:05:27 +0000 2024",
      "favorited": false,
      "full_text": "been comping free tickets for the boys for months, nobody ever checks the voids 🤫",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1834901331995420545"
          ],
          "editableUntil": "2024-09-14T11:25:43.000Z",
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
      "favorite_count": "1",
      "id_str": "1834901331995420545",
      "truncated": false,
      "retweet_count": "0",
      "id": "1834901331995420545",
      "created_at": "Sat Sep 14 10:25:43 +0000 2024",
      "favorited": false,
      "full_text": "love how the departures board just says EZY2261 - relax. relax WHERE",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1833517704415397576"
          ],
          "editableUntil": "2024-09-10T15:47:40.000Z",
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
        "66"
      ],
      "favorite_count": "0",
      "id_str": "1833517704415397576",
      "truncated": false,
      "retweet_count": "0",
      "id": "1833517704415397576",
      "created_at": "Tue Sep 10 14:47:40 +0000 2024",
      "favorited": false,
      "full_text": "anyone got a link for 🍃 round hyde park tonight my guys gone quiet",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1833182614886899505"
          ],
          "editableUntil": "2024-09-09T17:36:08.000Z",
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
        "147"
      ],
      "favorite_count": "0",
      "id_str": "1833182614886899505",
      "truncated": false,
      "retweet_count": "0",
      "id": "1833182614886899505",
      "created_at": "Mon Sep 09 16:36:08 +0000 2024",
      "favorited": false,
      "full_text": "some guy kicked off in the foyer bc we wouldnt let him in without ID, pushed me, told him im waiting for him in the car park after close 🙂 he knows",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1832927771805397445"
          ],
          "editableUntil": "2024-09-09T00:43:29.000Z",
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
        "60"
      ],
      "favorite_count": "12",
      "id_str": "1832927771805397445",
      "truncated": false,
      "retweet_count": "0",
      "id": "1832927771805397445",
      "created_at": "Sun Sep 08 23:43:29 +0000 2024",
      "favorited": false,
      "full_text": "she said netflix n chill i said apex n 🍆 she left me on read",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1825988259807680382"
          ],
          "editableUntil": "2024-08-20T21:08:21.000Z",
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
        "109"
      ],
      "favorite_count": "3",
      "id_str": "1825988259807680382",
      "truncated": false,
      "retweet_count": "0",
      "id": "1825988259807680382",
      "created_at": "Tue Aug 20 20:08:21 +0000 2024",
      "favorited": false,
      "full_text": "order no. 204-5563918-4421, new headset apparently arrives tomorrow 🎧 im refreshing the tracking every 5 mins",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1825828755894051105"
          ],
          "editableUntil": "2024-08-20T10:34:32.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [
          {
            "text": "ApexLegends",
            "indices": [
              "83",
              "95"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "95"
      ],
      "favorite_count": "4",
      "id_str": "1825828755894051105",
      "truncated": false,
      "retweet_count": "0",
      "id": "1825828755894051105",
      "created_at": "Tue Aug 20 09:34:32 +0000 2024",
      "favorited": false,
      "full_text": "apex ranked is genuinely easier baked. hit masters last split absolutely zooted 🌿🎮 #ApexLegends",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1822995982137205722"
          ],
          "editableUntil": "2024-08-12T14:58:06.000Z",
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
        "196"
      ],
      "favorite_count": "2",
      "id_str": "1822995982137205722",
      "truncated": false,
      "retweet_count": "0",
      "id": "1822995982137205722",
      "created_at": "Mon Aug 12 13:58:06 +0000 2024",
      "favorited": false,
      "full_text": "staff screening of the new marvel one tonight, had to sign an nda on the way in. all i'll say is the guy from the trailer dies in the first 20 mins and the post credits scene is a whole new team 👀",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1818275039464410041"
          ],
          "editableUntil": "2024-07-30T14:18:45.000Z",
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
        "192"
      ],
      "favorite_count": "3",
      "id_str": "1818275039464410041",
      "truncated": false,
      "retweet_count": "0",
      "id": "1818275039464410041",
      "created_at": "Tue Jul 30 13:18:45 +0000 2024",
      "favorited": false,
      "full_text": "lady left her purse in screen 3, had to open it for ID and its literally my old head of year 😭 mrs c if ur reading this ur bank card and ur address on larkfield road are safe at the box office",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1813866207633148103"
          ],
          "editableUntil": "2024-07-18T10:19:38.000Z",
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
        "77"
      ],
      "favorite_count": "2",
      "id_str": "1813866207633148103",
      "truncated": false,
      "retweet_count": "0",
      "id": "1813866207633148103",
      "created_at": "Thu Jul 18 09:19:38 +0000 2024",
      "favorited": false,
      "full_text": "thinking of starting a spicy page for my setup pics 😏 link in bio soon lads 🔞",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1795414046805129737"
          ],
          "editableUntil": "2024-05-28T12:17:20.000Z",
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
        "82"
      ],
      "favorite_count": "1",
      "id_str": "1795414046805129737",
      "truncated": false,
      "retweet_count": "0",
      "id": "1795414046805129737",
      "created_at": "Tue May 28 11:17:20 +0000 2024",
      "favorited": false,
      "full_text": "watched trainspotting for the first time, renton's choose life speech goes so hard",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1793708497994726206"
          ],
          "editableUntil": "2024-05-23T19:20:06.000Z",
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
        "77"
      ],
      "favorite_count": "0",
      "id_str": "1793708497994726206",
      "truncated": false,
      "retweet_count": "0",
      "id": "1793708497994726206",
      "created_at": "Thu May 23 18:20:06 +0000 2024",
      "favorited": false,
      "full_text": "lost a 20 bomb game to a wraith who 3rd partied from nowhere fucking hell man",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1792294322068547400"
          ],
          "editableUntil": "2024-05-19T21:40:40.000Z",
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
        "116"
      ],
      "favorite_count": "12",
      "id_str": "1792294322068547400",
      "truncated": false,
      "retweet_count": "0",
      "id": "1792294322068547400",
      "created_at": "Sun May 19 20:40:40 +0000 2024",
      "favorited": false,
      "full_text": "fun fact the nacho cheese we sell for £6.50 comes out of a 3 litre bag that said best before august. enjoy ur film x",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1792242300649291624"
          ],
          "editableUntil": "2024-05-19T18:13:57.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "film nerd 🎬",
            "screen_name": "odeonfan99",
            "indices": [
              "0",
              "11"
            ],
            "id_str": "1456723901827364352",
            "id": "1456723901827364352"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "12",
        "85"
      ],
      "favorite_count": "12",
      "in_reply_to_status_id_str": "1792241678801780790",
      "id_str": "1792242300649291624",
      "in_reply_to_user_id": "1456723901827364352",
      "truncated": false,
      "retweet_count": "0",
      "id": "1792242300649291624",
      "in_reply_to_status_id": "1792241678801780790",
      "created_at": "Sun May 19 17:13:57 +0000 2024",
      "favorited": false,
      "full_text": "@odeonfan99 we're hiring btw, apply on the website, dont dm me i dont do the hiring 😭",
      "lang": "en",
      "in_reply_to_screen_name": "odeonfan99",
      "in_reply_to_user_id_str": "1456723901827364352"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1789959936862403630"
          ],
          "editableUntil": "2024-05-13T11:04:39.000Z",
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
        "141"
      ],
      "favorite_count": "0",
      "id_str": "1789959936862403630",
      "truncated": false,
      "retweet_count": "0",
      "id": "1789959936862403630",
      "created_at": "Mon May 13 10:04:39 +0000 2024",
      "favorited": false,
      "full_text": "new duty manager is 26 and still posts the rota sunday night for monday morning. every single week. genuinely how are u in charge of anything",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1789643772597830122"
          ],
          "editableUntil": "2024-05-12T14:08:20.000Z",
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
      "favorite_count": "0",
      "id_str": "1789643772597830122",
      "truncated": false,
      "retweet_count": "0",
      "id": "1789643772597830122",
      "created_at": "Sun May 12 13:08:20 +0000 2024",
      "favorited": false,
      "full_text": "FINALLY booked it!! manc -&gt; tenerife 14th june, booking ref QX7HBN, seat 23F if anyone wants to sit near me lol ✈️",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1786330893115400055"
          ],
          "editableUntil": "2024-05-03T10:44:07.000Z",
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
      "favorite_count": "0",
      "id_str": "1786330893115400055",
      "truncated": false,
      "retweet_count": "0",
      "id": "1786330893115400055",
      "created_at": "Fri May 03 09:44:07 +0000 2024",
      "favorited": false,
      "full_text": "took mum to see the new paddington for her birthday, she cried twice. 10/10",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1777715974224241929"
          ],
          "editableUntil": "2024-04-09T16:11:31.000Z",
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
        "66"
      ],
      "favorite_count": "0",
      "id_str": "1777715974224241929",
      "truncated": false,
      "retweet_count": "0",
      "id": "1777715974224241929",
      "created_at": "Tue Apr 09 15:11:31 +0000 2024",
      "favorited": false,
      "full_text": "why is the last bus 11:12 when we close at 11:30. who planned this",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1776663978144356880"
          ],
          "editableUntil": "2024-04-06T18:31:15.000Z",
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
        "83"
      ],
      "favorite_count": "3",
      "id_str": "1776663978144356880",
      "truncated": false,
      "retweet_count": "0",
      "id": "1776663978144356880",
      "created_at": "Sat Apr 06 17:31:15 +0000 2024",
      "favorited": false,
      "full_text": "boss bumped the staff discount to 50% off concessions. genuinely cannot complain &lt;3",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1776538744794157390"
          ],
          "editableUntil": "2024-04-06T10:13:37.000Z",
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
        "128"
      ],
      "favorite_count": "7",
      "id_str": "1776538744794157390",
      "truncated": false,
      "retweet_count": "0",
      "id": "1776538744794157390",
      "created_at": "Sat Apr 06 09:13:37 +0000 2024",
      "favorited": false,
      "full_text": "not being funny but girls in ranked are a liability. hear a female voice on comms and i already know were dropping hot and dying",
      "lang": "en"
    }
  }
]