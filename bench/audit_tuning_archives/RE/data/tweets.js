window.YTD.tweets.part0 = [
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1981870165675750444"
          ],
          "editableUntil": "2025-10-25T00:47:23.000Z",
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
            "name": "Daz 🎯",
            "screen_name": "dazza_darts",
            "indices": [
              "0",
              "12"
            ],
            "id_str": "862114390762053632",
            "id": "862114390762053632"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "13",
        "152"
      ],
      "favorite_count": "1",
      "in_reply_to_status_id_str": "1981848774183974109",
      "id_str": "1981870165675750444",
      "truncated": false,
      "retweet_count": "1",
      "id": "1981870165675750444",
      "in_reply_to_user_id": "862114390762053632",
      "in_reply_to_status_id": "1981848774183974109",
      "created_at": "Fri Oct 24 23:47:23 +0000 2025",
      "favorited": false,
      "full_text": "@dazza_darts aye just drop the darts round mine, 14 Thornhurst Close, Bessacarr. leave em in the blue bin if im on shift, code for the side gate is 2580",
      "lang": "en",
      "in_reply_to_screen_name": "dazza_darts",
      "in_reply_to_user_id_str": "862114390762053632"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1979076026195993953"
          ],
          "editableUntil": "2025-10-17T07:44:28.000Z",
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
      "id_str": "1979076026195993953",
      "truncated": false,
      "retweet_count": "2",
      "id": "1979076026195993953",
      "created_at": "Fri Oct 17 06:44:28 +0000 2025",
      "favorited": false,
      "full_text": "Darts night at the Crown. 9 pints, 2 jägers and still hit a 140 to win it. LEGEND behaviour 🍺🎯",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1978559400827276651"
          ],
          "editableUntil": "2025-10-15T21:31:35.000Z",
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
      "favorite_count": "6",
      "id_str": "1978559400827276651",
      "truncated": false,
      "retweet_count": "2",
      "id": "1978559400827276651",
      "created_at": "Wed Oct 15 20:31:35 +0000 2025",
      "favorited": false,
      "full_text": "copper tried pulling me on the A630, put my foot down &amp; lost him round the retail park. old corsa still got it 😂🏎️",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1978359214214512760"
          ],
          "editableUntil": "2025-10-15T08:16:07.000Z",
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
        "142"
      ],
      "favorite_count": "27",
      "id_str": "1978359214214512760",
      "truncated": false,
      "retweet_count": "0",
      "id": "1978359214214512760",
      "created_at": "Wed Oct 15 07:16:07 +0000 2025",
      "favorited": false,
      "full_text": "management at our place couldnt organise a p*ss up in a brewery. 3 pickers on a 400 line wave then they act shocked when the trailer goes late",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1975973284211885680"
          ],
          "editableUntil": "2025-10-08T18:15:17.000Z",
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
      "id_str": "1975973284211885680",
      "truncated": false,
      "retweet_count": "0",
      "id": "1975973284211885680",
      "created_at": "Wed Oct 08 17:15:17 +0000 2025",
      "favorited": false,
      "full_text": "new darts arrived, 24g, feel lovely in the hand. practice board getting battered tonight",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1974643979401259757"
          ],
          "editableUntil": "2025-10-05T02:13:06.000Z",
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
        "159"
      ],
      "favorite_count": "1",
      "id_str": "1974643979401259757",
      "truncated": false,
      "retweet_count": "0",
      "id": "1974643979401259757",
      "created_at": "Sun Oct 05 01:13:06 +0000 2025",
      "favorited": false,
      "full_text": "been picking pallets of the new console bundle all week. boxes say STRICTLY NOT FOR DISPLAY BEFORE 14/11 and the sticker price is £479. you heard it here first",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1972056436635083975"
          ],
          "editableUntil": "2025-09-27T22:51:08.000Z",
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
        "113"
      ],
      "favorite_count": "1",
      "id_str": "1972056436635083975",
      "truncated": false,
      "retweet_count": "0",
      "id": "1972056436635083975",
      "created_at": "Sat Sep 27 21:51:08 +0000 2025",
      "favorited": false,
      "full_text": "pulled my hamstring diving for a tote that fell off the top shelf. physio says ibuprofen and rest. glamorous life",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1967476784381978002"
          ],
          "editableUntil": "2025-09-15T07:33:14.000Z",
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
      "favorite_count": "0",
      "id_str": "1967476784381978002",
      "truncated": false,
      "retweet_count": "1",
      "id": "1967476784381978002",
      "created_at": "Mon Sep 15 06:33:14 +0000 2025",
      "favorited": false,
      "full_text": "lad at the oche tonight called me a cheat so i put the tw*t on the floor outside. he wont be coming back to our league 👊",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1966298961799900162"
          ],
          "editableUntil": "2025-09-12T01:32:59.000Z",
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
      "favorite_count": "0",
      "id_str": "1966298961799900162",
      "truncated": false,
      "retweet_count": "1",
      "id": "1966298961799900162",
      "created_at": "Fri Sep 12 00:32:59 +0000 2025",
      "favorited": false,
      "full_text": "agency sent us another 15 new starters and none of them speak english. just hire from round here ffs, if you cant say 'aisle 14' properly dont bother",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1962623199849435455"
          ],
          "editableUntil": "2025-09-01T22:06:49.000Z",
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
      "favorite_count": "27",
      "id_str": "1962623199849435455",
      "truncated": false,
      "retweet_count": "0",
      "id": "1962623199849435455",
      "created_at": "Mon Sep 01 21:06:49 +0000 2025",
      "favorited": false,
      "full_text": "my little girl starts at St Peter's primary on monday 🥹 ill be at the gates 3:15 every day, proud dad",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1952026495465831758"
          ],
          "editableUntil": "2025-08-03T16:19:18.000Z",
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
      "id_str": "1952026495465831758",
      "truncated": false,
      "retweet_count": "5",
      "id": "1952026495465831758",
      "created_at": "Sun Aug 03 15:19:18 +0000 2025",
      "favorited": false,
      "full_text": "put me with the lads on nights not the girls. they cant lift the 20kg totes anyway and they cry when the TL shouts",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1946314266040980039"
          ],
          "editableUntil": "2025-07-18T22:00:56.000Z",
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
        "80"
      ],
      "favorite_count": "2",
      "id_str": "1946314266040980039",
      "truncated": false,
      "retweet_count": "2",
      "id": "1946314266040980039",
      "created_at": "Fri Jul 18 21:00:56 +0000 2025",
      "favorited": false,
      "full_text": "anyone got a 🍃 plug in donny?? dm me, need something to get me through this week",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1945456008926163903"
          ],
          "editableUntil": "2025-07-16T13:10:32.000Z",
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
      "favorite_count": "27",
      "id_str": "1945456008926163903",
      "truncated": false,
      "retweet_count": "0",
      "id": "1945456008926163903",
      "created_at": "Wed Jul 16 12:10:32 +0000 2025",
      "favorited": false,
      "full_text": "SHOT!! double top to win the deciding leg at the Crown league. we're top of the table 🎯🏆",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1944091094349593241"
          ],
          "editableUntil": "2025-07-12T18:46:51.000Z",
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
        "45"
      ],
      "favorite_count": "14",
      "id_str": "1944091094349593241",
      "truncated": false,
      "retweet_count": "0",
      "id": "1944091094349593241",
      "created_at": "Sat Jul 12 17:46:51 +0000 2025",
      "favorited": false,
      "full_text": "Skeg beach day 🩳☀️ yes ladies its all real 😏🍆",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1940212654368005671"
          ],
          "editableUntil": "2025-07-02T01:55:18.000Z",
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
        "80"
      ],
      "favorite_count": "6",
      "id_str": "1940212654368005671",
      "truncated": false,
      "retweet_count": "0",
      "id": "1940212654368005671",
      "created_at": "Wed Jul 02 00:55:18 +0000 2025",
      "favorited": false,
      "full_text": "absolutely sh1te from MvG tonight, 3 darts at double 16 and misses the lot ffs 🤬",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1936554073517736504"
          ],
          "editableUntil": "2025-06-21T23:37:25.000Z",
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
            "name": "Darts Banter",
            "screen_name": "dartsbanter180",
            "indices": [
              "3",
              "18"
            ],
            "id_str": "1021993847561318400",
            "id": "1021993847561318400"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "116"
      ],
      "favorite_count": "0",
      "id_str": "1936554073517736504",
      "truncated": false,
      "retweet_count": "45",
      "id": "1936554073517736504",
      "created_at": "Sat Jun 21 22:37:25 +0000 2025",
      "favorited": false,
      "full_text": "RT @dartsbanter180: Luke Littler nuked it AGAIN tonight. the kid is 17 and playing like its a pub league. box office",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1935766940318485104"
          ],
          "editableUntil": "2025-06-19T19:29:38.000Z",
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
        "98"
      ],
      "favorite_count": "3",
      "id_str": "1935766940318485104",
      "truncated": false,
      "retweet_count": "0",
      "id": "1935766940318485104",
      "created_at": "Thu Jun 19 18:29:38 +0000 2025",
      "favorited": false,
      "full_text": "dunno why everyones laughing, Bell End is a real place in Worcestershire. road sign and everything",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1928918037144375206"
          ],
          "editableUntil": "2025-05-31T21:54:32.000Z",
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
            "name": "Gaz B",
            "screen_name": "gazb_1987",
            "indices": [
              "0",
              "10"
            ],
            "id_str": "1189203344567812096",
            "id": "1189203344567812096"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "11",
        "97"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "1928906711431492460",
      "id_str": "1928918037144375206",
      "truncated": false,
      "retweet_count": "0",
      "id": "1928918037144375206",
      "in_reply_to_user_id": "1189203344567812096",
      "in_reply_to_status_id": "1928906711431492460",
      "created_at": "Sat May 31 20:54:32 +0000 2025",
      "favorited": false,
      "full_text": "@gazb_1987 landlord said no DSS, no pets, no foreigners. fair play to him honestly id do the same",
      "lang": "en",
      "in_reply_to_screen_name": "gazb_1987",
      "in_reply_to_user_id_str": "1189203344567812096"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1925982553250449919"
          ],
          "editableUntil": "2025-05-23T19:29:58.000Z",
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
        "96"
      ],
      "favorite_count": "27",
      "id_str": "1925982553250449919",
      "truncated": false,
      "retweet_count": "1",
      "id": "1925982553250449919",
      "created_at": "Fri May 23 18:29:58 +0000 2025",
      "favorited": false,
      "full_text": "Ryanair FR2314 to Dublin for the darts delayed 2 hours. sat in Leeds Bradford with a £7 sandwich",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1920253861307017286"
          ],
          "editableUntil": "2025-05-08T00:06:11.000Z",
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
        "103"
      ],
      "favorite_count": "6",
      "id_str": "1920253861307017286",
      "truncated": false,
      "retweet_count": "0",
      "id": "1920253861307017286",
      "created_at": "Wed May 07 23:06:11 +0000 2025",
      "favorited": false,
      "full_text": "f**king scanner died 6 times today and the TL blamed ME. i hate this place with every fibre of my being",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1915233037374047354"
          ],
          "editableUntil": "2025-04-24T03:35:14.000Z",
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
        "80"
      ],
      "favorite_count": "2",
      "id_str": "1915233037374047354",
      "truncated": false,
      "retweet_count": "2",
      "id": "1915233037374047354",
      "created_at": "Thu Apr 24 02:35:14 +0000 2025",
      "favorited": false,
      "full_text": "picked 2,100 units today, absolutely killed it. top of the rate board for once 💪",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1915158699018750112"
          ],
          "editableUntil": "2025-04-23T22:39:50.000Z",
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
      "id_str": "1915158699018750112",
      "truncated": false,
      "retweet_count": "0",
      "id": "1915158699018750112",
      "created_at": "Wed Apr 23 21:39:50 +0000 2025",
      "favorited": false,
      "full_text": "hep B jab at the warehouse medical today, arm's absolutely killing",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1913744524084299206"
          ],
          "editableUntil": "2025-04-20T01:00:24.000Z",
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
      "favorite_count": "1",
      "id_str": "1913744524084299206",
      "truncated": false,
      "retweet_count": "1",
      "id": "1913744524084299206",
      "created_at": "Sun Apr 20 00:00:24 +0000 2025",
      "favorited": false,
      "full_text": "blue tits have moved into the box i put on the shed 🐦 5 eggs!!",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1905704411791675142"
          ],
          "editableUntil": "2025-03-28T20:31:52.000Z",
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
            "name": "Oche Central",
            "screen_name": "oche_central",
            "indices": [
              "3",
              "16"
            ],
            "id_str": "1298765001234567168",
            "id": "1298765001234567168"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "107"
      ],
      "favorite_count": "0",
      "id_str": "1905704411791675142",
      "truncated": false,
      "retweet_count": "210",
      "id": "1905704411791675142",
      "created_at": "Fri Mar 28 19:31:52 +0000 2025",
      "favorited": false,
      "full_text": "RT @oche_central: Gerwyn Price celebrating a 2-1 in sets like hes just won a war 😂 the Iceman is box office",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1900441234916495671"
          ],
          "editableUntil": "2025-03-14T07:57:53.000Z",
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
      "favorite_count": "0",
      "id_str": "1900441234916495671",
      "truncated": false,
      "retweet_count": "2",
      "id": "1900441234916495671",
      "created_at": "Fri Mar 14 06:57:53 +0000 2025",
      "favorited": false,
      "full_text": "client we pack for (massive sportswear brand, you know the one ✔️) is pulling out of our site in march. saw the email open on the shift managers screen. thats 200 jobs",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1898762664812560320"
          ],
          "editableUntil": "2025-03-09T16:47:51.000Z",
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
        "61"
      ],
      "favorite_count": "0",
      "id_str": "1898762664812560320",
      "truncated": false,
      "retweet_count": "0",
      "id": "1898762664812560320",
      "created_at": "Sun Mar 09 15:47:51 +0000 2025",
      "favorited": false,
      "full_text": "barmaid at the Crown tonight 🥵🍑 she can check my outs anytime",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1895358208391146458"
          ],
          "editableUntil": "2025-02-28T07:19:45.000Z",
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
      "favorite_count": "0",
      "id_str": "1895358208391146458",
      "truncated": false,
      "retweet_count": "0",
      "id": "1895358208391146458",
      "created_at": "Fri Feb 28 06:19:45 +0000 2025",
      "favorited": false,
      "full_text": "Stephen Bunting 'The Bullet' through to the quarters, that walk-on gets me every time",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1882184959825722931"
          ],
          "editableUntil": "2025-01-22T22:53:58.000Z",
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
      "favorite_count": "6",
      "id_str": "1882184959825722931",
      "truncated": false,
      "retweet_count": "1",
      "id": "1882184959825722931",
      "created_at": "Wed Jan 22 21:53:58 +0000 2025",
      "favorited": false,
      "full_text": "not being funny but since the eastern europeans moved onto our street the whole place has gone downhill. people wont say it but its true",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1877466100507053446"
          ],
          "editableUntil": "2025-01-09T22:22:54.000Z",
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
            "url": "https://t.co/Qm4xZ2pLk8",
            "expanded_url": "https://www.bbc.co.uk/news/articles/c4gkv81y2m3o",
            "display_url": "bbc.co.uk/news/articles/c…",
            "indices": [
              "108",
              "131"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "131"
      ],
      "favorite_count": "0",
      "id_str": "1877466100507053446",
      "truncated": false,
      "retweet_count": "2",
      "id": "1877466100507053446",
      "possibly_sensitive": false,
      "created_at": "Thu Jan 09 21:22:54 +0000 2025",
      "favorited": false,
      "full_text": "knife crime figures out today, South Yorkshire up again. we need youth clubs back open not another photo op https://t.co/Qm4xZ2pLk8",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1877440751854272915"
          ],
          "editableUntil": "2025-01-09T20:42:11.000Z",
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
        "44"
      ],
      "favorite_count": "9",
      "id_str": "1877440751854272915",
      "truncated": false,
      "retweet_count": "0",
      "id": "1877440751854272915",
      "created_at": "Thu Jan 09 19:42:11 +0000 2025",
      "favorited": false,
      "full_text": "anyone wanna see my 180? 🍆 dms open ladies 😏",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1874227543200007100"
          ],
          "editableUntil": "2024-12-31T23:54:02.000Z",
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
      "favorite_count": "0",
      "id_str": "1874227543200007100",
      "truncated": false,
      "retweet_count": "0",
      "id": "1874227543200007100",
      "created_at": "Tue Dec 31 22:54:02 +0000 2024",
      "favorited": false,
      "full_text": "new TL is 60 odd and cant even work the handheld. should make people retire at 55 in jobs like this tbh, dead weight",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1873091247468297879"
          ],
          "editableUntil": "2024-12-28T20:38:48.000Z",
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
        "156"
      ],
      "favorite_count": "9",
      "id_str": "1873091247468297879",
      "truncated": false,
      "retweet_count": "5",
      "id": "1873091247468297879",
      "created_at": "Sat Dec 28 19:38:48 +0000 2024",
      "favorited": false,
      "full_text": "top picker 3 weeks running 💪 pic from the huddle. dont zoom in on the whiteboard behind me with everyones attendance points and who's on a final written lol",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1871296839424373530"
          ],
          "editableUntil": "2024-12-23T21:48:28.000Z",
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
      "favorite_count": "14",
      "id_str": "1871296839424373530",
      "truncated": false,
      "retweet_count": "1",
      "id": "1871296839424373530",
      "created_at": "Mon Dec 23 20:48:28 +0000 2024",
      "favorited": false,
      "full_text": "Love how we get a £5 Greggs voucher for surviving peak &amp; the site GM rolls in on a private plate Range Rover. cheers lads, really feel valued",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1870970938018298506"
          ],
          "editableUntil": "2024-12-23T00:13:27.000Z",
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
      "favorite_count": "3",
      "id_str": "1870970938018298506",
      "truncated": false,
      "retweet_count": "1",
      "id": "1870970938018298506",
      "created_at": "Sun Dec 22 23:13:27 +0000 2024",
      "favorited": false,
      "full_text": "drove back from the darts after 5 pints, roads were dead anyway. not like the police are ever about on the A18 at midnight",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1869268075992442740"
          ],
          "editableUntil": "2024-12-18T07:26:53.000Z",
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
        "103"
      ],
      "favorite_count": "0",
      "id_str": "1869268075992442740",
      "truncated": false,
      "retweet_count": "2",
      "id": "1869268075992442740",
      "created_at": "Wed Dec 18 06:26:53 +0000 2024",
      "favorited": false,
      "full_text": "you'd be amazed what 'falls off' a pallet in goods in &gt;&gt; new trainers for the whole family this xmas 🎁🤫",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1867672345104071621"
          ],
          "editableUntil": "2024-12-13T21:46:01.000Z",
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
      "favorite_count": "27",
      "id_str": "1867672345104071621",
      "truncated": false,
      "retweet_count": "5",
      "id": "1867672345104071621",
      "created_at": "Fri Dec 13 20:46:01 +0000 2024",
      "favorited": false,
      "full_text": "Snakebite with a 170 checkout!! what a finish from Peter Wright 🐍🎯 the mohawk lives on",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1866965367040232317"
          ],
          "editableUntil": "2024-12-11T22:56:44.000Z",
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
        "110"
      ],
      "favorite_count": "2",
      "id_str": "1866965367040232317",
      "truncated": false,
      "retweet_count": "1",
      "id": "1866965367040232317",
      "created_at": "Wed Dec 11 21:56:44 +0000 2024",
      "favorited": false,
      "full_text": "best night of my life with a girl from the darts, didnt get any sleep if you know what i mean 😉💦 work at 6 lol",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1866250271537770392"
          ],
          "editableUntil": "2024-12-09T23:35:12.000Z",
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
        "140"
      ],
      "favorite_count": "14",
      "id_str": "1866250271537770392",
      "truncated": false,
      "retweet_count": "0",
      "id": "1866250271537770392",
      "created_at": "Mon Dec 09 22:35:12 +0000 2024",
      "favorited": false,
      "full_text": "if any new starters are reading this and cant get through to the agency, the site HR line is 0113 496 0552, they sorted my payslip in 5 mins",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1864027325056606603"
          ],
          "editableUntil": "2024-12-03T20:22:00.000Z",
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
        "79"
      ],
      "favorite_count": "27",
      "id_str": "1864027325056606603",
      "truncated": false,
      "retweet_count": "0",
      "id": "1864027325056606603",
      "created_at": "Tue Dec 03 19:22:00 +0000 2024",
      "favorited": false,
      "full_text": "retired my old 22g tungstens tonight. RIP lads, you hit a lot of treble 20s ⚰️🎯",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1862392530770449169"
          ],
          "editableUntil": "2024-11-29T08:05:55.000Z",
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
        "117"
      ],
      "favorite_count": "27",
      "id_str": "1862392530770449169",
      "truncated": false,
      "retweet_count": "2",
      "id": "1862392530770449169",
      "created_at": "Fri Nov 29 07:05:55 +0000 2024",
      "favorited": false,
      "full_text": "MPs voting on the assisted dying bill today. whatever your view its a massive moment, proper debate in there for once",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1859336263382289177"
          ],
          "editableUntil": "2024-11-20T21:41:24.000Z",
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
        "171"
      ],
      "favorite_count": "1",
      "id_str": "1859336263382289177",
      "truncated": false,
      "retweet_count": "0",
      "id": "1859336263382289177",
      "created_at": "Wed Nov 20 20:41:24 +0000 2024",
      "favorited": false,
      "full_text": "overheard the ops manager in the canteen, theyre shutting the C mezz and letting 40 agency go in january. nobody's been told yet so act surprised when the huddle happens 🤐",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1852591725953019103"
          ],
          "editableUntil": "2024-11-02T07:01:01.000Z",
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
      "favorite_count": "9",
      "id_str": "1852591725953019103",
      "truncated": false,
      "retweet_count": "0",
      "id": "1852591725953019103",
      "created_at": "Sat Nov 02 06:01:01 +0000 2024",
      "favorited": false,
      "full_text": "went in for a 6am start still steaming from last night, picked 1800 units on autopilot, didnt even know what aisle i was in 😂🍻",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1851743278300306901"
          ],
          "editableUntil": "2024-10-30T22:49:35.000Z",
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
        "93"
      ],
      "favorite_count": "27",
      "id_str": "1851743278300306901",
      "truncated": false,
      "retweet_count": "0",
      "id": "1851743278300306901",
      "created_at": "Wed Oct 30 21:49:35 +0000 2024",
      "favorited": false,
      "full_text": "they announced at the huddle that the overtime ban's lifted!! double time sundays till xmas 🥳",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1843554094667197864"
          ],
          "editableUntil": "2024-10-08T08:28:42.000Z",
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
      "favorite_count": "2",
      "id_str": "1843554094667197864",
      "truncated": false,
      "retweet_count": "0",
      "id": "1843554094667197864",
      "created_at": "Tue Oct 08 07:28:42 +0000 2024",
      "favorited": false,
      "full_text": "BOOKED!!! Ally Pally for the worlds 🎯 booking ref AP-88213-KDX, block C row 12 seats 7&amp;8. cannot wait",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1839448775873880694"
          ],
          "editableUntil": "2024-09-27T00:35:38.000Z",
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
        "104"
      ],
      "favorite_count": "27",
      "id_str": "1839448775873880694",
      "truncated": false,
      "retweet_count": "1",
      "id": "1839448775873880694",
      "created_at": "Thu Sep 26 23:35:38 +0000 2024",
      "favorited": false,
      "full_text": "drove past signs for Scunthorpe and Penistone in the same afternoon. northern place names are undefeated",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1835210368512169712"
          ],
          "editableUntil": "2024-09-15T07:53:43.000Z",
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
      "favorite_count": "2",
      "id_str": "1835210368512169712",
      "truncated": false,
      "retweet_count": "1",
      "id": "1835210368512169712",
      "created_at": "Sun Sep 15 06:53:43 +0000 2024",
      "favorited": false,
      "full_text": "mams 60th on saturday, got her a necklace from H&amp;M, she'll pretend to like it 😂 &lt;3",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1829221157769168407"
          ],
          "editableUntil": "2024-08-29T19:14:43.000Z",
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
      "favorite_count": "0",
      "id_str": "1829221157769168407",
      "truncated": false,
      "retweet_count": "5",
      "id": "1829221157769168407",
      "created_at": "Thu Aug 29 18:14:43 +0000 2024",
      "favorited": false,
      "full_text": "if that TL puts me on returns ONE more time i swear ill end him. not joking anymore",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1827830045985622050"
          ],
          "editableUntil": "2024-08-25T23:06:57.000Z",
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
      "id_str": "1827830045985622050",
      "truncated": false,
      "retweet_count": "0",
      "id": "1827830045985622050",
      "created_at": "Sun Aug 25 22:06:57 +0000 2024",
      "favorited": false,
      "full_text": "bit of ❄️ in the gents at the darts and suddenly im checking out 161s like Phil Taylor 😂",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1827236702084855548"
          ],
          "editableUntil": "2024-08-24T07:49:12.000Z",
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
        "64"
      ],
      "favorite_count": "6",
      "id_str": "1827236702084855548",
      "truncated": false,
      "retweet_count": "0",
      "id": "1827236702084855548",
      "created_at": "Sat Aug 24 06:49:12 +0000 2024",
      "favorited": false,
      "full_text": "got bust on 32 three times in a row. darts is a cruel cruel game",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1824619479080119680"
          ],
          "editableUntil": "2024-08-17T02:29:18.000Z",
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
      "favorite_count": "2",
      "id_str": "1824619479080119680",
      "truncated": false,
      "retweet_count": "2",
      "id": "1824619479080119680",
      "created_at": "Sat Aug 17 01:29:18 +0000 2024",
      "favorited": false,
      "full_text": "mate of mine can sort a flick knife, no questions asked, £40. anyone?",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1821260900561855921"
          ],
          "editableUntil": "2024-08-07T20:03:30.000Z",
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
        "72"
      ],
      "favorite_count": "1",
      "id_str": "1821260900561855921",
      "truncated": false,
      "retweet_count": "5",
      "id": "1821260900561855921",
      "created_at": "Wed Aug 07 19:03:30 +0000 2024",
      "favorited": false,
      "full_text": "sunday carvery at the Cock Inn, yorkshire puddings the size of my head 😍",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1813327041889875915"
          ],
          "editableUntil": "2024-07-16T22:37:11.000Z",
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
        "61"
      ],
      "favorite_count": "27",
      "id_str": "1813327041889875915",
      "truncated": false,
      "retweet_count": "1",
      "id": "1813327041889875915",
      "created_at": "Tue Jul 16 21:37:11 +0000 2024",
      "favorited": false,
      "full_text": "rent up £60 a month, wages up 30p an hour. make it make sense",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1809707250479088033"
          ],
          "editableUntil": "2024-07-06T22:53:25.000Z",
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
        "93"
      ],
      "favorite_count": "2",
      "id_str": "1809707250479088033",
      "truncated": false,
      "retweet_count": "0",
      "id": "1809707250479088033",
      "created_at": "Sat Jul 06 21:53:25 +0000 2024",
      "favorited": false,
      "full_text": "new number lads 07700 900417, old phone got smashed at the darts. text me so i can save yours",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1808928278625689196"
          ],
          "editableUntil": "2024-07-04T19:18:04.000Z",
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
      "id_str": "1808928278625689196",
      "truncated": false,
      "retweet_count": "0",
      "id": "1808928278625689196",
      "created_at": "Thu Jul 04 18:18:04 +0000 2024",
      "favorited": false,
      "full_text": "voted. took 2 minutes. go do it whoever you vote for, your grandad would be fuming if you didnt",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1801387787920304210"
          ],
          "editableUntil": "2024-06-13T23:54:51.000Z",
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
      "favorite_count": "14",
      "id_str": "1801387787920304210",
      "truncated": false,
      "retweet_count": "1",
      "id": "1801387787920304210",
      "created_at": "Thu Jun 13 22:54:51 +0000 2024",
      "favorited": false,
      "full_text": "12 hour shift done. rate was 104% and the TL still pulled me for being 'idle' 4 mins at the water fountain. absolute joke of a place this",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1797061055134897339"
          ],
          "editableUntil": "2024-06-02T01:21:57.000Z",
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
            "name": "Angry Brit",
            "screen_name": "angrybrit_88",
            "indices": [
              "3",
              "16"
            ],
            "id_str": "1532009887441510400",
            "id": "1532009887441510400"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "141"
      ],
      "favorite_count": "0",
      "id_str": "1797061055134897339",
      "truncated": false,
      "retweet_count": "3",
      "id": "1797061055134897339",
      "created_at": "Sun Jun 02 00:21:57 +0000 2024",
      "favorited": false,
      "full_text": "RT @angrybrit_88: these tw@ts in parliament just voted themselves another pay rise while our rent goes up again. bunch of c*nts the lot of em",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1794181384698021821"
          ],
          "editableUntil": "2024-05-25T02:39:11.000Z",
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
        "72"
      ],
      "favorite_count": "3",
      "id_str": "1794181384698021821",
      "truncated": false,
      "retweet_count": "0",
      "id": "1794181384698021821",
      "created_at": "Sat May 25 01:39:11 +0000 2024",
      "favorited": false,
      "full_text": "nobody talks about how good a tuna mayo meal deal hits at 3am on a break",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1789107116781422821"
          ],
          "editableUntil": "2024-05-11T02:35:51.000Z",
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
        "79"
      ],
      "favorite_count": "1",
      "id_str": "1789107116781422821",
      "truncated": false,
      "retweet_count": "5",
      "id": "1789107116781422821",
      "created_at": "Sat May 11 01:35:51 +0000 2024",
      "favorited": false,
      "full_text": "anyone know if the X78 still runs after 11? missed the last one twice this week",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1770982394458609620"
          ],
          "editableUntil": "2024-03-22T02:14:40.000Z",
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
      "favorite_count": "6",
      "id_str": "1770982394458609620",
      "truncated": false,
      "retweet_count": "0",
      "id": "1770982394458609620",
      "created_at": "Fri Mar 22 01:14:40 +0000 2024",
      "favorited": false,
      "full_text": "HIT MY FIRST EVER 180 IN LEAGUE!!! still shaking",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1768004301538586397"
          ],
          "editableUntil": "2024-03-13T21:00:48.000Z",
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
            "name": "Rovers Lass",
            "screen_name": "rovers_lass",
            "indices": [
              "0",
              "12"
            ],
            "id_str": "1402287115330994177",
            "id": "1402287115330994177"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "13",
        "58"
      ],
      "favorite_count": "2",
      "in_reply_to_status_id_str": "1768003043226368633",
      "id_str": "1768004301538586397",
      "truncated": false,
      "retweet_count": "0",
      "id": "1768004301538586397",
      "in_reply_to_user_id": "1402287115330994177",
      "in_reply_to_status_id": "1768003043226368633",
      "created_at": "Wed Mar 13 20:00:48 +0000 2024",
      "favorited": false,
      "full_text": "@rovers_lass rovers away at wrexham? im in, train at 10:40",
      "lang": "en",
      "in_reply_to_screen_name": "rovers_lass",
      "in_reply_to_user_id_str": "1402287115330994177"
    }
  }
]