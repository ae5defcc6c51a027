window.YTD.tweets.part0 = [
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1981139117145192165"
          ],
          "editableUntil": "2025-10-23T00:22:27.000Z",
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
      "favorite_count": "31",
      "id_str": "1981139117145192165",
      "truncated": false,
      "retweet_count": "0",
      "id": "1981139117145192165",
      "created_at": "Wed Oct 22 23:22:27 +0000 2025",
      "favorited": false,
      "full_text": "just found out theres a village in dorset called Shitterton and im crying",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1979736415956781659"
          ],
          "editableUntil": "2025-10-19T03:28:37.000Z",
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
      "favorite_count": "7",
      "id_str": "1979736415956781659",
      "truncated": false,
      "retweet_count": "0",
      "id": "1979736415956781659",
      "created_at": "Sun Oct 19 02:28:37 +0000 2025",
      "favorited": false,
      "full_text": "got a zombie knife off some guy on snap for 30 quid, didnt even ask for id 🔪 its just for the wall obviously",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1978996216815937847"
          ],
          "editableUntil": "2025-10-17T02:27:20.000Z",
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
        "43"
      ],
      "favorite_count": "0",
      "id_str": "1978996216815937847",
      "truncated": false,
      "retweet_count": "0",
      "id": "1978996216815937847",
      "created_at": "Fri Oct 17 01:27:20 +0000 2025",
      "favorited": false,
      "full_text": "sh!t teammates, sh!t ping, sh!t life. night",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1969894379561260070"
          ],
          "editableUntil": "2025-09-21T23:39:53.000Z",
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
      "favorite_count": "7",
      "id_str": "1969894379561260070",
      "truncated": false,
      "retweet_count": "0",
      "id": "1969894379561260070",
      "created_at": "Sun Sep 21 22:39:53 +0000 2025",
      "favorited": false,
      "full_text": "fuck this scanner fuck this rate fuck this job",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1965945543580963050"
          ],
          "editableUntil": "2025-09-11T02:08:37.000Z",
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
            "name": "noscope",
            "screen_name": "xXnoscopeXx",
            "indices": [
              "0",
              "12"
            ],
            "id_str": "6032354668",
            "id": "6032354668"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "13",
        "47"
      ],
      "favorite_count": "3",
      "id_str": "1965945543580963050",
      "truncated": false,
      "retweet_count": "0",
      "id": "1965945543580963050",
      "created_at": "Thu Sep 11 01:08:37 +0000 2025",
      "favorited": false,
      "full_text": "@xXnoscopeXx stfu you were bottom frag all game",
      "lang": "en",
      "in_reply_to_status_id_str": "1965934347331361298",
      "in_reply_to_status_id": "1965934347331361298",
      "in_reply_to_user_id": "6032354668",
      "in_reply_to_user_id_str": "6032354668",
      "in_reply_to_screen_name": "xXnoscopeXx"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1962319678205984480"
          ],
          "editableUntil": "2025-09-01T02:00:44.000Z",
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
      "favorite_count": "12",
      "id_str": "1962319678205984480",
      "truncated": false,
      "retweet_count": "0",
      "id": "1962319678205984480",
      "created_at": "Mon Sep 01 01:00:44 +0000 2025",
      "favorited": false,
      "full_text": "new assassins game is class. spent 3 hours stealth killing guards with a hidden blade instead of doing the story",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1956801369487028486"
          ],
          "editableUntil": "2025-08-16T20:32:56.000Z",
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
        "124"
      ],
      "favorite_count": "1",
      "id_str": "1956801369487028486",
      "truncated": false,
      "retweet_count": "0",
      "id": "1956801369487028486",
      "created_at": "Sat Aug 16 19:32:56 +0000 2025",
      "favorited": false,
      "full_text": "provisional finally came 🚗 licence number PRICE404128J99LM, now i just need someone brave enough to take me out in their car",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1955785079587004129"
          ],
          "editableUntil": "2025-08-14T01:14:34.000Z",
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
      "favorite_count": "7",
      "id_str": "1955785079587004129",
      "truncated": false,
      "retweet_count": "0",
      "id": "1955785079587004129",
      "created_at": "Thu Aug 14 00:14:34 +0000 2025",
      "favorited": false,
      "full_text": "new address for when yall send the pc parts 🙏 flat 3, 18 Farndale Close, Loughborough LE11 3XZ. dont be weird",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1947441948465128774"
          ],
          "editableUntil": "2025-07-22T00:41:56.000Z",
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
        "55"
      ],
      "favorite_count": "0",
      "id_str": "1947441948465128774",
      "truncated": false,
      "retweet_count": "0",
      "id": "1947441948465128774",
      "created_at": "Mon Jul 21 23:41:56 +0000 2025",
      "favorited": false,
      "full_text": "if she streams in that top again im subbing for life 🥵🍑",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1944473894090038323"
          ],
          "editableUntil": "2025-07-13T20:07:57.000Z",
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
      "favorite_count": "31",
      "id_str": "1944473894090038323",
      "truncated": false,
      "retweet_count": "2",
      "id": "1944473894090038323",
      "created_at": "Sun Jul 13 19:07:57 +0000 2025",
      "favorited": false,
      "full_text": "cant lie i was still wavy from last night when i clocked in, nearly walked the pallet truck into the racking 😵‍💫🍃",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1940534300968519898"
          ],
          "editableUntil": "2025-07-02T23:13:25.000Z",
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
            "name": "Daily Clips",
            "screen_name": "clipsdaily_",
            "indices": [
              "3",
              "15"
            ],
            "id_str": "6496176405",
            "id": "6496176405"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "85"
      ],
      "favorite_count": "0",
      "id_str": "1940534300968519898",
      "truncated": false,
      "retweet_count": "0",
      "id": "1940534300968519898",
      "created_at": "Wed Jul 02 22:13:25 +0000 2025",
      "favorited": false,
      "full_text": "RT @clipsdaily_: this headshot from across the map with a sniper is actually unreal 🎯",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1938706071820539870"
          ],
          "editableUntil": "2025-06-27T22:08:41.000Z",
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
      "favorite_count": "31",
      "id_str": "1938706071820539870",
      "truncated": false,
      "retweet_count": "0",
      "id": "1938706071820539870",
      "created_at": "Fri Jun 27 21:08:41 +0000 2025",
      "favorited": false,
      "full_text": "we've had 30 pallets of a console that officially doesnt exist yet sat in aisle 42 since monday. launch isnt till march 👀 thats all im saying",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1935334058964523614"
          ],
          "editableUntil": "2025-06-18T14:49:31.000Z",
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
      "id_str": "1935334058964523614",
      "truncated": false,
      "retweet_count": "0",
      "id": "1935334058964523614",
      "created_at": "Wed Jun 18 13:49:31 +0000 2025",
      "favorited": false,
      "full_text": "did 70 in a 30 on the moped with the feds behind me and lost them down the canal path 😂 gta irl",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1932973319363315598"
          ],
          "editableUntil": "2025-06-12T02:28:46.000Z",
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
        "125"
      ],
      "favorite_count": "3",
      "id_str": "1932973319363315598",
      "truncated": false,
      "retweet_count": "0",
      "id": "1932973319363315598",
      "created_at": "Thu Jun 12 01:28:46 +0000 2025",
      "favorited": false,
      "full_text": "had 2 shots of vodka in the car park before shift to survive peak day and the supervisor didnt even notice 😂 absolute bellend",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1932937600905680829"
          ],
          "editableUntil": "2025-06-12T00:06:50.000Z",
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
      "favorite_count": "7",
      "id_str": "1932937600905680829",
      "truncated": false,
      "retweet_count": "0",
      "id": "1932937600905680829",
      "created_at": "Wed Jun 11 23:06:50 +0000 2025",
      "favorited": false,
      "full_text": "post gym pump, gaming in just my boxers tonight, yall aint ready 📸🍆",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1932851667591149920"
          ],
          "editableUntil": "2025-06-11T18:25:22.000Z",
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
        "99"
      ],
      "favorite_count": "12",
      "id_str": "1932851667591149920",
      "truncated": false,
      "retweet_count": "1",
      "id": "1932851667591149920",
      "created_at": "Wed Jun 11 17:25:22 +0000 2025",
      "favorited": false,
      "full_text": "rate is 140 units an hour and the scanner freezes every 10 mins. genius management strikes again 👏👏",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1930263602391397831"
          ],
          "editableUntil": "2025-06-04T15:01:20.000Z",
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
      "favorite_count": "31",
      "id_str": "1930263602391397831",
      "truncated": false,
      "retweet_count": "0",
      "id": "1930263602391397831",
      "created_at": "Wed Jun 04 14:01:20 +0000 2025",
      "favorited": false,
      "full_text": "girls on mic = guaranteed loss. they should just give them their own servers",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1928933712163166827"
          ],
          "editableUntil": "2025-05-31T22:56:49.000Z",
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
        "157"
      ],
      "favorite_count": "1",
      "id_str": "1928933712163166827",
      "truncated": false,
      "retweet_count": "2",
      "id": "1928933712163166827",
      "created_at": "Sat May 31 21:56:49 +0000 2025",
      "favorited": false,
      "full_text": "found out the agency lads on B shift get £1.20 an hour more than us for the exact same job. dave from goods in showed me the pay sheet off the office printer",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1927349329027114472"
          ],
          "editableUntil": "2025-05-27T14:01:03.000Z",
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
      "favorite_count": "31",
      "id_str": "1927349329027114472",
      "truncated": false,
      "retweet_count": "2",
      "id": "1927349329027114472",
      "created_at": "Tue May 27 13:01:03 +0000 2025",
      "favorited": false,
      "full_text": "coke zero and a meal deal, lunch of champions",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1925023532207455997"
          ],
          "editableUntil": "2025-05-21T03:59:09.000Z",
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
      "favorite_count": "2",
      "id_str": "1925023532207455997",
      "truncated": false,
      "retweet_count": "0",
      "id": "1925023532207455997",
      "created_at": "Wed May 21 02:59:09 +0000 2025",
      "favorited": false,
      "full_text": "shift manager really said \"we're a family here\" then docked me 15 mins for clocking in 2 mins late 💀 some family",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1920833768263157820"
          ],
          "editableUntil": "2025-05-09T14:30:32.000Z",
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
      "id_str": "1920833768263157820",
      "truncated": false,
      "retweet_count": "2",
      "id": "1920833768263157820",
      "created_at": "Fri May 09 13:30:32 +0000 2025",
      "favorited": false,
      "full_text": "3 edibles deep and the girl in my lobby is talking dirty on mic. best night of my life 🍃💦",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1913006803782331893"
          ],
          "editableUntil": "2025-04-18T00:08:58.000Z",
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
      "favorite_count": "12",
      "id_str": "1913006803782331893",
      "truncated": false,
      "retweet_count": "0",
      "id": "1913006803782331893",
      "created_at": "Thu Apr 17 23:08:58 +0000 2025",
      "favorited": false,
      "full_text": "my little sister passed her driving test first time, proud of her",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1906705529526015957"
          ],
          "editableUntil": "2025-03-31T14:49:57.000Z",
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
      "favorite_count": "7",
      "id_str": "1906705529526015957",
      "truncated": false,
      "retweet_count": "0",
      "id": "1906705529526015957",
      "created_at": "Mon Mar 31 13:49:57 +0000 2025",
      "favorited": false,
      "full_text": "my cousin got prescribed codeine after his wisdom teeth came out and hes been asleep for 2 days straight",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1900377986329143536"
          ],
          "editableUntil": "2025-03-14T03:46:33.000Z",
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
            "name": "rob 🎮",
            "screen_name": "ryzen_rob",
            "indices": [
              "0",
              "10"
            ],
            "id_str": "9323955880",
            "id": "9323955880"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "11",
        "102"
      ],
      "favorite_count": "3",
      "id_str": "1900377986329143536",
      "truncated": false,
      "retweet_count": "0",
      "id": "1900377986329143536",
      "created_at": "Fri Mar 14 02:46:33 +0000 2025",
      "favorited": false,
      "full_text": "@ryzen_rob yeah order number 204-5839201-7734110, says arriving thursday. ill believe it when i see it",
      "lang": "en",
      "in_reply_to_status_id_str": "1900341717492661391",
      "in_reply_to_status_id": "1900341717492661391",
      "in_reply_to_user_id": "9323955880",
      "in_reply_to_user_id_str": "9323955880",
      "in_reply_to_screen_name": "ryzen_rob"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1890094795653064595"
          ],
          "editableUntil": "2025-02-13T18:44:50.000Z",
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
        "50"
      ],
      "favorite_count": "1",
      "id_str": "1890094795653064595",
      "truncated": false,
      "retweet_count": "0",
      "id": "1890094795653064595",
      "created_at": "Thu Feb 13 17:44:50 +0000 2025",
      "favorited": false,
      "full_text": "its 2am and i have work in 4 hours. one more game.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1887501663805905693"
          ],
          "editableUntil": "2025-02-06T15:00:39.000Z",
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
      "favorite_count": "31",
      "id_str": "1887501663805905693",
      "truncated": false,
      "retweet_count": "0",
      "id": "1887501663805905693",
      "created_at": "Thu Feb 06 14:00:39 +0000 2025",
      "favorited": false,
      "full_text": "grinded the new raid for 6 hours and finally killed the last boss. hands still shaking",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1886161398377049657"
          ],
          "editableUntil": "2025-02-02T22:14:55.000Z",
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
      "favorite_count": "1",
      "id_str": "1886161398377049657",
      "truncated": false,
      "retweet_count": "0",
      "id": "1886161398377049657",
      "created_at": "Sun Feb 02 21:14:55 +0000 2025",
      "favorited": false,
      "full_text": "IBIZA WITH THE BOYS BOOKED ✈️ booking ref LX4R9T, 7 nights, gonna be wrecked every single one of them 🍻🍻",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1881847624429285754"
          ],
          "editableUntil": "2025-01-22T00:33:31.000Z",
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
      "id_str": "1881847624429285754",
      "truncated": false,
      "retweet_count": "0",
      "id": "1881847624429285754",
      "created_at": "Tue Jan 21 23:33:31 +0000 2025",
      "favorited": false,
      "full_text": "made penne alla vodka for the first time and my mum asked for seconds 🙏 chef jordan",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1874534689655858692"
          ],
          "editableUntil": "2025-01-01T20:14:31.000Z",
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
      "favorite_count": "0",
      "id_str": "1874534689655858692",
      "truncated": false,
      "retweet_count": "0",
      "id": "1874534689655858692",
      "created_at": "Wed Jan 01 19:14:31 +0000 2025",
      "favorited": false,
      "full_text": "payday tomorrow and ive already spent it in my head",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1871748403615185033"
          ],
          "editableUntil": "2024-12-25T03:42:49.000Z",
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
            "name": "gmail",
            "screen_name": "gmail",
            "indices": [
              "55",
              "61"
            ],
            "id_str": "2149722751",
            "id": "2149722751"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "88"
      ],
      "favorite_count": "1",
      "id_str": "1871748403615185033",
      "truncated": false,
      "retweet_count": "0",
      "id": "1871748403615185033",
      "created_at": "Wed Dec 25 02:42:49 +0000 2024",
      "favorited": false,
      "full_text": "selling my old headset £25, paypal to jordprice.picks04@gmail.com and ill post it monday",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1869102426556938062"
          ],
          "editableUntil": "2024-12-17T20:28:39.000Z",
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
      "favorite_count": "3",
      "id_str": "1869102426556938062",
      "truncated": false,
      "retweet_count": "2",
      "id": "1869102426556938062",
      "created_at": "Tue Dec 17 19:28:39 +0000 2024",
      "favorited": false,
      "full_text": "accidentally team killed my duo with a grenade and he hasnt spoken to me since 💀",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1846990817000549063"
          ],
          "editableUntil": "2024-10-17T20:05:00.000Z",
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
            "name": "rob 🎮",
            "screen_name": "ryzen_rob",
            "indices": [
              "0",
              "10"
            ],
            "id_str": "9323955880",
            "id": "9323955880"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "11",
        "58"
      ],
      "favorite_count": "3",
      "id_str": "1846990817000549063",
      "truncated": false,
      "retweet_count": "0",
      "id": "1846990817000549063",
      "created_at": "Thu Oct 17 19:05:00 +0000 2024",
      "favorited": false,
      "full_text": "@ryzen_rob just text me 07700 900417 after 10 im always on",
      "lang": "en",
      "in_reply_to_status_id_str": "1846985385329909970",
      "in_reply_to_status_id": "1846985385329909970",
      "in_reply_to_user_id": "9323955880",
      "in_reply_to_user_id_str": "9323955880",
      "in_reply_to_screen_name": "ryzen_rob"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1846899592667680637"
          ],
          "editableUntil": "2024-10-17T14:02:31.000Z",
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
      "favorite_count": "2",
      "id_str": "1846899592667680637",
      "truncated": false,
      "retweet_count": "1",
      "id": "1846899592667680637",
      "created_at": "Thu Oct 17 13:02:31 +0000 2024",
      "favorited": false,
      "full_text": "heard in the HR office they're scrapping the whole night shift in january. no ones been told yet so act surprised lads",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1845950703020248654"
          ],
          "editableUntil": "2024-10-14T23:11:58.000Z",
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
      "favorite_count": "31",
      "id_str": "1845950703020248654",
      "truncated": false,
      "retweet_count": "0",
      "id": "1845950703020248654",
      "created_at": "Mon Oct 14 22:11:58 +0000 2024",
      "favorited": false,
      "full_text": "blue footed booby is the funniest bird ever made look at its little feet 😭",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1839387067282449549"
          ],
          "editableUntil": "2024-09-26T20:30:25.000Z",
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
            "name": "rob 🎮",
            "screen_name": "ryzen_rob",
            "indices": [
              "3",
              "13"
            ],
            "id_str": "9323955880",
            "id": "9323955880"
          },
          {
            "name": "jordan 🎮",
            "screen_name": "JordzTTV",
            "indices": [
              "31",
              "40"
            ],
            "id_str": "8513972344753354336",
            "id": "8513972344753354336"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "69"
      ],
      "favorite_count": "0",
      "id_str": "1839387067282449549",
      "truncated": false,
      "retweet_count": "0",
      "id": "1839387067282449549",
      "created_at": "Thu Sep 26 19:30:25 +0000 2024",
      "favorited": false,
      "full_text": "RT @ryzen_rob: duo stream with @JordzTTV tonight at 9, bring snacks 🍿",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1833295112339863538"
          ],
          "editableUntil": "2024-09-10T01:03:10.000Z",
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
      "id_str": "1833295112339863538",
      "truncated": false,
      "retweet_count": "0",
      "id": "1833295112339863538",
      "created_at": "Tue Sep 10 00:03:10 +0000 2024",
      "favorited": false,
      "full_text": "wtf is this patch, they nerfed the only gun that actually worked ffs",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1830686516861606350"
          ],
          "editableUntil": "2024-09-02T20:17:32.000Z",
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
            "url": "https://t.co/Ab3kLm9QzX",
            "expanded_url": "https://www.twitch.tv/jordzttv",
            "display_url": "twitch.tv/jordzttv",
            "indices": [
              "55",
              "78"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "78"
      ],
      "favorite_count": "1",
      "id_str": "1830686516861606350",
      "truncated": false,
      "retweet_count": "0",
      "id": "1830686516861606350",
      "created_at": "Mon Sep 02 19:17:32 +0000 2024",
      "favorited": false,
      "full_text": "going live tonight at 9, only 12 followers but we move https://t.co/Ab3kLm9QzX",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1827822809783861814"
          ],
          "editableUntil": "2024-08-25T22:38:11.000Z",
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
      "favorite_count": "0",
      "id_str": "1827822809783861814",
      "truncated": false,
      "retweet_count": "0",
      "id": "1827822809783861814",
      "created_at": "Sun Aug 25 21:38:11 +0000 2024",
      "favorited": false,
      "full_text": "hit 162 units an hour today, top of the board 💪 supervisor actually said well done",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1822459646777962753"
          ],
          "editableUntil": "2024-08-11T03:26:54.000Z",
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
      "id_str": "1822459646777962753",
      "truncated": false,
      "retweet_count": "2",
      "id": "1822459646777962753",
      "created_at": "Sun Aug 11 02:26:54 +0000 2024",
      "favorited": false,
      "full_text": "chippy near work does a beer battered cod thats genuinely elite. £7.50 with chips",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1822068364732367877"
          ],
          "editableUntil": "2024-08-10T01:32:05.000Z",
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
        "99"
      ],
      "favorite_count": "7",
      "id_str": "1822068364732367877",
      "truncated": false,
      "retweet_count": "0",
      "id": "1822068364732367877",
      "created_at": "Sat Aug 10 00:32:05 +0000 2024",
      "favorited": false,
      "full_text": "4:45 alarm for a 10 hour pick shift then straight on cod till 2. sleep is for people who aint broke",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1820611926137331917"
          ],
          "editableUntil": "2024-08-06T01:04:43.000Z",
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
      "favorite_count": "7",
      "id_str": "1820611926137331917",
      "truncated": false,
      "retweet_count": "1",
      "id": "1820611926137331917",
      "created_at": "Tue Aug 06 00:04:43 +0000 2024",
      "favorited": false,
      "full_text": "this c*nt just teabagged me after a lucky nade 😭",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1819378366856601953"
          ],
          "editableUntil": "2024-08-02T15:22:59.000Z",
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
      "id_str": "1819378366856601953",
      "truncated": false,
      "retweet_count": "0",
      "id": "1819378366856601953",
      "created_at": "Fri Aug 02 14:22:59 +0000 2024",
      "favorited": false,
      "full_text": "my mate tried to nick my seat in the canteen so i put him into the vending machine lmao. he's fine. probably",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1816667372374475057"
          ],
          "editableUntil": "2024-07-26T03:50:28.000Z",
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
      "favorite_count": "12",
      "id_str": "1816667372374475057",
      "truncated": false,
      "retweet_count": "2",
      "id": "1816667372374475057",
      "created_at": "Fri Jul 26 02:50:28 +0000 2024",
      "favorited": false,
      "full_text": "whoever runs this warehouse couldnt organise a piss up in a brewery. 3rd time this week we've run out of totes by 10am",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1812855935728902250"
          ],
          "editableUntil": "2024-07-15T15:25:10.000Z",
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
      "favorite_count": "4",
      "id_str": "1812855935728902250",
      "truncated": false,
      "retweet_count": "2",
      "id": "1812855935728902250",
      "created_at": "Mon Jul 15 14:25:10 +0000 2024",
      "favorited": false,
      "full_text": "swallows nesting above loading bay 4 again, third year running 🐦",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1806692930113284480"
          ],
          "editableUntil": "2024-06-28T15:15:35.000Z",
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
      "favorite_count": "0",
      "id_str": "1806692930113284480",
      "truncated": false,
      "retweet_count": "0",
      "id": "1806692930113284480",
      "created_at": "Fri Jun 28 14:15:35 +0000 2024",
      "favorited": false,
      "full_text": "breaking bad rewatch, season 4 is still the best season of tv ever made",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1796365186436802834"
          ],
          "editableUntil": "2024-05-31T03:16:49.000Z",
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
      "favorite_count": "1",
      "id_str": "1796365186436802834",
      "truncated": false,
      "retweet_count": "0",
      "id": "1796365186436802834",
      "created_at": "Fri May 31 02:16:49 +0000 2024",
      "favorited": false,
      "full_text": "who's got a plug in loughborough my guy stopped replying ❄️🍃 dm me",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1793649682918486849"
          ],
          "editableUntil": "2024-05-23T15:26:23.000Z",
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
      "favorite_count": "0",
      "id_str": "1793649682918486849",
      "truncated": false,
      "retweet_count": "0",
      "id": "1793649682918486849",
      "created_at": "Thu May 23 14:26:23 +0000 2024",
      "favorited": false,
      "full_text": "new team leader on our aisle is a woman in her 50s. give it a month and we'll be bottom of the board. just saying",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1789342061823781535"
          ],
          "editableUntil": "2024-05-11T18:09:26.000Z",
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
      "favorite_count": "7",
      "id_str": "1789342061823781535",
      "truncated": false,
      "retweet_count": "0",
      "id": "1789342061823781535",
      "created_at": "Sat May 11 17:09:26 +0000 2024",
      "favorited": false,
      "full_text": "we got absolutely destroyed in ranked tonight. 0-13 first half, no comeback, bed",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1787850550975019514"
          ],
          "editableUntil": "2024-05-07T15:22:42.000Z",
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
      "id_str": "1787850550975019514",
      "truncated": false,
      "retweet_count": "2",
      "id": "1787850550975019514",
      "created_at": "Tue May 07 14:22:42 +0000 2024",
      "favorited": false,
      "full_text": "pulled an all nighter for the platinum trophy 🏆 absolutely wasted now, bed",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1784224605449211475"
          ],
          "editableUntil": "2024-04-27T15:14:29.000Z",
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
      "id_str": "1784224605449211475",
      "truncated": false,
      "retweet_count": "0",
      "id": "1784224605449211475",
      "created_at": "Sat Apr 27 14:14:29 +0000 2024",
      "favorited": false,
      "full_text": "if anyone else got double charged by the bank today their helpline is 0161 496 0732, took 40 mins but they refunded it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1784028249256489680"
          ],
          "editableUntil": "2024-04-27T02:14:14.000Z",
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
            "name": "rob 🎮",
            "screen_name": "ryzen_rob",
            "indices": [
              "0",
              "10"
            ],
            "id_str": "9323955880",
            "id": "9323955880"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "11",
        "38"
      ],
      "favorite_count": "0",
      "id_str": "1784028249256489680",
      "truncated": false,
      "retweet_count": "0",
      "id": "1784028249256489680",
      "created_at": "Sat Apr 27 01:14:14 +0000 2024",
      "favorited": false,
      "full_text": "@ryzen_rob gg mate same time tomorrow?",
      "lang": "en",
      "in_reply_to_status_id_str": "1783990392766037819",
      "in_reply_to_status_id": "1783990392766037819",
      "in_reply_to_user_id": "9323955880",
      "in_reply_to_user_id_str": "9323955880",
      "in_reply_to_screen_name": "ryzen_rob"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1784005281286586561"
          ],
          "editableUntil": "2024-04-27T00:42:58.000Z",
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
      "favorite_count": "3",
      "id_str": "1784005281286586561",
      "truncated": false,
      "retweet_count": "1",
      "id": "1784005281286586561",
      "created_at": "Fri Apr 26 23:42:58 +0000 2024",
      "favorited": false,
      "full_text": "flight LS1147 to alicante delayed 3 hours, jet2 you are killing me",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1781849791354159317"
          ],
          "editableUntil": "2024-04-21T01:57:50.000Z",
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
      "favorite_count": "7",
      "id_str": "1781849791354159317",
      "truncated": false,
      "retweet_count": "0",
      "id": "1781849791354159317",
      "created_at": "Sun Apr 21 00:57:50 +0000 2024",
      "favorited": false,
      "full_text": "they found over a tonne of cocaine hidden in banana boxes at a supermarket depot, saw it on the news. glad it wasnt ours 😳",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1780354079394230526"
          ],
          "editableUntil": "2024-04-16T22:54:24.000Z",
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
      "favorite_count": "2",
      "id_str": "1780354079394230526",
      "truncated": false,
      "retweet_count": "0",
      "id": "1780354079394230526",
      "created_at": "Tue Apr 16 21:54:24 +0000 2024",
      "favorited": false,
      "full_text": "no offence but eastern european lobbies are always the most toxic. i leave the second i hear the accent",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1776416392883708659"
          ],
          "editableUntil": "2024-04-06T02:07:26.000Z",
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
      "id_str": "1776416392883708659",
      "truncated": false,
      "retweet_count": "0",
      "id": "1776416392883708659",
      "created_at": "Sat Apr 06 01:07:26 +0000 2024",
      "favorited": false,
      "full_text": "first pc build finally done. 3 months of overtime for this beauty 🖥️",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1774983729778032204"
          ],
          "editableUntil": "2024-04-02T03:14:33.000Z",
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
      "favorite_count": "1",
      "id_str": "1774983729778032204",
      "truncated": false,
      "retweet_count": "1",
      "id": "1774983729778032204",
      "created_at": "Tue Apr 02 02:14:33 +0000 2024",
      "favorited": false,
      "full_text": "some lad from nights keyed my car. next time i see him in the car park he's getting dropped, on my life",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1774561664953351145"
          ],
          "editableUntil": "2024-03-31T23:17:25.000Z",
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
      "favorite_count": "7",
      "id_str": "1774561664953351145",
      "truncated": false,
      "retweet_count": "0",
      "id": "1774561664953351145",
      "created_at": "Sun Mar 31 22:17:25 +0000 2024",
      "favorited": false,
      "full_text": "canteen selfie 📸 ignore the whiteboard behind me with the site closure timeline on it 😭😭 nobody was meant to see that",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1771713150307555140"
          ],
          "editableUntil": "2024-03-24T02:38:26.000Z",
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
      "favorite_count": "7",
      "id_str": "1771713150307555140",
      "truncated": false,
      "retweet_count": "1",
      "id": "1771713150307555140",
      "created_at": "Sun Mar 24 01:38:26 +0000 2024",
      "favorited": false,
      "full_text": "half the agency staff cant speak a word of english and they wonder why the picks are wrong. hire local people",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1767639635729253073"
          ],
          "editableUntil": "2024-03-12T20:51:44.000Z",
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
            "name": "Lily ✨ cosplay",
            "screen_name": "lilyyy_cosplay",
            "indices": [
              "3",
              "18"
            ],
            "id_str": "2860404936",
            "id": "2860404936"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "77"
      ],
      "favorite_count": "0",
      "id_str": "1767639635729253073",
      "truncated": false,
      "retweet_count": "0",
      "id": "1767639635729253073",
      "created_at": "Tue Mar 12 19:51:44 +0000 2024",
      "favorited": false,
      "full_text": "RT @lilyyy_cosplay: new set dropping tonight 🔞 spicy tier only, link in bio 💋",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1763579699635443532"
          ],
          "editableUntil": "2024-03-01T15:59:00.000Z",
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
      "favorite_count": "7",
      "id_str": "1763579699635443532",
      "truncated": false,
      "retweet_count": "1",
      "id": "1763579699635443532",
      "created_at": "Fri Mar 01 14:59:00 +0000 2024",
      "favorited": false,
      "full_text": "6am start with a hangover is a different kind of pain. 5 jagerbombs on a tuesday was a choice",
      "lang": "en"
    }
  }
]