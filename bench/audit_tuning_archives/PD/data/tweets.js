window.YTD.tweets.part0 = [
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1980495932347017630"
          ],
          "editableUntil": "2025-10-21T05:46:40.076Z",
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
        "90"
      ],
      "favorite_count": "1",
      "id_str": "1980495932347017630",
      "truncated": false,
      "retweet_count": "0",
      "id": "1980495932347017630",
      "created_at": "Tue Oct 21 04:46:40 +0000 2025",
      "favorited": false,
      "full_text": "feds tried to pull me on the a38 last night, dropped it to 3rd and never saw them again 💨😂",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1979378176946137735"
          ],
          "editableUntil": "2025-10-18T03:45:07.464Z",
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
      "favorite_count": "1",
      "id_str": "1979378176946137735",
      "truncated": false,
      "retweet_count": "0",
      "id": "1979378176946137735",
      "created_at": "Sat Oct 18 02:45:07 +0000 2025",
      "favorited": false,
      "full_text": "ps5 &gt; xbox and i wont be taking questions",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1974936434906907232"
          ],
          "editableUntil": "2025-10-05T21:35:13.239Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [
          {
            "text": "Warzone",
            "indices": [
              "43",
              "51"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "51"
      ],
      "favorite_count": "1",
      "id_str": "1974936434906907232",
      "truncated": false,
      "retweet_count": "1",
      "id": "1974936434906907232",
      "created_at": "Sun Oct 05 20:35:13 +0000 2025",
      "favorited": false,
      "full_text": "30 killstreak on shipment, nuke incoming 💣 #Warzone",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1973272563295050413"
          ],
          "editableUntil": "2025-10-01T07:23:35.211Z",
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
      "id_str": "1973272563295050413",
      "truncated": false,
      "retweet_count": "0",
      "id": "1973272563295050413",
      "created_at": "Wed Oct 01 06:23:35 +0000 2025",
      "favorited": false,
      "full_text": "dropped my phone in the canal 😭 new number is 07700 900482 text me so i have yours",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1967501361958270491"
          ],
          "editableUntil": "2025-09-15T09:10:53.726Z",
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
        "36"
      ],
      "favorite_count": "4",
      "id_str": "1967501361958270491",
      "truncated": false,
      "retweet_count": "1",
      "id": "1967501361958270491",
      "created_at": "Mon Sep 15 08:10:53 +0000 2025",
      "favorited": false,
      "full_text": "rt if youd let her spawn camp you 😩🍑",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1966778564658119147"
          ],
          "editableUntil": "2025-09-13T09:18:45.897Z",
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
        "55"
      ],
      "favorite_count": "0",
      "id_str": "1966778564658119147",
      "truncated": false,
      "retweet_count": "0",
      "id": "1966778564658119147",
      "created_at": "Sat Sep 13 08:18:45 +0000 2025",
      "favorited": false,
      "full_text": "called shotgun and still ended up in the back. betrayal",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1961369769194919676"
          ],
          "editableUntil": "2025-08-29T11:06:08.563Z",
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
        "59"
      ],
      "favorite_count": "0",
      "id_str": "1961369769194919676",
      "truncated": false,
      "retweet_count": "1",
      "id": "1961369769194919676",
      "created_at": "Fri Aug 29 10:06:08 +0000 2025",
      "favorited": false,
      "full_text": "absolutely cracked at this game today, 3 nukes back to back",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1960300434135988771"
          ],
          "editableUntil": "2025-08-26T12:16:58.397Z",
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
        "146"
      ],
      "favorite_count": "23",
      "id_str": "1960300434135988771",
      "truncated": false,
      "retweet_count": "0",
      "id": "1960300434135988771",
      "created_at": "Tue Aug 26 11:16:58 +0000 2025",
      "favorited": false,
      "full_text": "3rd month running my overtime is missing off my payslip. hr at this place couldnt organise a kids party. 'its being looked into' yeah course it is",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1960191515133974355"
          ],
          "editableUntil": "2025-08-26T05:04:10.855Z",
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
            "name": "rocky",
            "screen_name": "rxcky_09",
            "indices": [
              "0",
              "9"
            ],
            "id_str": "4709261278312249550",
            "id": "4709261278312249550"
          }
        ],
        "urls": []
      },
      "in_reply_to_status_id_str": "1960191012505120302",
      "in_reply_to_status_id": "1960191012505120302",
      "in_reply_to_user_id": "4709261278312249550",
      "in_reply_to_user_id_str": "4709261278312249550",
      "in_reply_to_screen_name": "rxcky_09",
      "display_text_range": [
        "10",
        "59"
      ],
      "favorite_count": "2",
      "id_str": "1960191515133974355",
      "truncated": false,
      "retweet_count": "0",
      "id": "1960191515133974355",
      "created_at": "Tue Aug 26 04:04:10 +0000 2025",
      "favorited": false,
      "full_text": "@rxcky_09 stfu you got carried the whole game lmfao 4 kills",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1956215585559787229"
          ],
          "editableUntil": "2025-08-15T05:45:14.915Z",
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
        "152"
      ],
      "favorite_count": "3",
      "id_str": "1956215585559787229",
      "truncated": false,
      "retweet_count": "0",
      "id": "1956215585559787229",
      "created_at": "Fri Aug 15 04:45:14 +0000 2025",
      "favorited": false,
      "full_text": "mum on lates now so im picking our kid up from st annes primary at 3:15 every day and hes home with me till she gets back at 9. goodbye afternoon gaming",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1955453551025144513"
          ],
          "editableUntil": "2025-08-13T03:17:11.835Z",
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
      "favorite_count": "11",
      "id_str": "1955453551025144513",
      "truncated": false,
      "retweet_count": "0",
      "id": "1955453551025144513",
      "created_at": "Wed Aug 13 02:17:11 +0000 2025",
      "favorited": false,
      "full_text": "a parcel going to scunthorpe got flagged by the system for 'inappropriate content' 😂 who wrote this software",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1943933713087862573"
          ],
          "editableUntil": "2025-07-12T08:21:28.060Z",
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
      "favorite_count": "11",
      "id_str": "1943933713087862573",
      "truncated": false,
      "retweet_count": "1",
      "id": "1943933713087862573",
      "created_at": "Sat Jul 12 07:21:28 +0000 2025",
      "favorited": false,
      "full_text": "MAGALUF BOUND 🍻✈️ 7 days of being absolutely leathered, booking ref K7XQ2P seat 23F see yall on the other side",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1942974675127161352"
          ],
          "editableUntil": "2025-07-09T16:50:35.110Z",
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
        "59"
      ],
      "favorite_count": "11",
      "id_str": "1942974675127161352",
      "truncated": false,
      "retweet_count": "0",
      "id": "1942974675127161352",
      "created_at": "Wed Jul 09 15:50:35 +0000 2025",
      "favorited": false,
      "full_text": "DOUBLE XP WEEKEND AND THE SERVERS ARE F***ING DOWN. CLASSIC",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1940675393709846206"
          ],
          "editableUntil": "2025-07-03T08:34:04.115Z",
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
        "129"
      ],
      "favorite_count": "23",
      "id_str": "1940675393709846206",
      "truncated": false,
      "retweet_count": "2",
      "id": "1940675393709846206",
      "created_at": "Thu Jul 03 07:34:04 +0000 2025",
      "favorited": false,
      "full_text": "team leader just pulled me for my rate being 'concerning'. mate you sit on a stool watching a screen for 10 hours whats YOUR rate",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1931903706897096801"
          ],
          "editableUntil": "2025-06-09T03:38:31.211Z",
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
      "favorite_count": "23",
      "id_str": "1931903706897096801",
      "truncated": false,
      "retweet_count": "0",
      "id": "1931903706897096801",
      "created_at": "Mon Jun 09 02:38:31 +0000 2025",
      "favorited": false,
      "full_text": "kill confirmed is the most underrated mode in the game and i will die on this hill",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1929247214894568643"
          ],
          "editableUntil": "2025-06-01T19:42:34.268Z",
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
      "id_str": "1929247214894568643",
      "truncated": false,
      "retweet_count": "0",
      "id": "1929247214894568643",
      "created_at": "Sun Jun 01 18:42:34 +0000 2025",
      "favorited": false,
      "full_text": "amazon order 204-5839201-7731029 been 'out for delivery' since tuesday. i literally work in a warehouse. the irony",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1929196567263072424"
          ],
          "editableUntil": "2025-06-01T16:21:19.391Z",
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
      "favorite_count": "1",
      "id_str": "1929196567263072424",
      "truncated": false,
      "retweet_count": "0",
      "id": "1929196567263072424",
      "created_at": "Sun Jun 01 15:21:19 +0000 2025",
      "favorited": false,
      "full_text": "24k steps on shift today and my watch still says i didnt close my rings??",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1928475522412363555"
          ],
          "editableUntil": "2025-05-30T16:36:08.016Z",
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
            "name": "COD Memes UK",
            "screen_name": "codmemes_uk",
            "indices": [
              "3",
              "15"
            ],
            "id_str": "4624917348972762648",
            "id": "4624917348972762648"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "91"
      ],
      "favorite_count": "0",
      "id_str": "1928475522412363555",
      "truncated": false,
      "retweet_count": "79",
      "id": "1928475522412363555",
      "created_at": "Fri May 30 15:36:08 +0000 2025",
      "favorited": false,
      "full_text": "RT @codmemes_uk: the battle pass when you realise its 100 hours of hardpoint for one skin 💀",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1922483862595414113"
          ],
          "editableUntil": "2025-05-14T03:47:25.275Z",
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
            "name": "peach 🍑 18+",
            "screen_name": "peachyyy_gg",
            "indices": [
              "3",
              "15"
            ],
            "id_str": "9811850131083716707",
            "id": "9811850131083716707"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "73"
      ],
      "favorite_count": "0",
      "id_str": "1922483862595414113",
      "truncated": false,
      "retweet_count": "243",
      "id": "1922483862595414113",
      "created_at": "Wed May 14 02:47:25 +0000 2025",
      "favorited": false,
      "full_text": "RT @peachyyy_gg: new spicy set dropping tonight 🔞 18+ only, link in bio 💋",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1917937180397936421"
          ],
          "editableUntil": "2025-05-01T14:40:32.840Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [
          {
            "text": "UTV",
            "indices": [
              "31",
              "35"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "35"
      ],
      "favorite_count": "1",
      "id_str": "1917937180397936421",
      "truncated": false,
      "retweet_count": "1",
      "id": "1917937180397936421",
      "created_at": "Thu May 01 13:40:32 +0000 2025",
      "favorited": false,
      "full_text": "CANT BELIEVE VILLA DID THAT 😭😭 #UTV",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1917602076652504303"
          ],
          "editableUntil": "2025-04-30T16:28:57.372Z",
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
      "id_str": "1917602076652504303",
      "truncated": false,
      "retweet_count": "0",
      "id": "1917602076652504303",
      "created_at": "Wed Apr 30 15:28:57 +0000 2025",
      "favorited": false,
      "full_text": "thinking about doing a logistics apprenticeship, has anyone done one? worth it or nah",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1915174907428394433"
          ],
          "editableUntil": "2025-04-23T23:44:14.373Z",
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
      "favorite_count": "6",
      "id_str": "1915174907428394433",
      "truncated": false,
      "retweet_count": "0",
      "id": "1915174907428394433",
      "created_at": "Wed Apr 23 22:44:14 +0000 2025",
      "favorited": false,
      "full_text": "someone keyed my car in the staff car park so i did all 4 tyres on the van parked next to it. fair trade",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1914313842177673808"
          ],
          "editableUntil": "2025-04-21T14:42:40.350Z",
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
      "favorite_count": "11",
      "id_str": "1914313842177673808",
      "truncated": false,
      "retweet_count": "1",
      "id": "1914313842177673808",
      "created_at": "Mon Apr 21 13:42:40 +0000 2025",
      "favorited": false,
      "full_text": "stim + slide cancel = unkillable, thank me later",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1911165197928473133"
          ],
          "editableUntil": "2025-04-12T22:11:05.364Z",
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
      "id_str": "1911165197928473133",
      "truncated": false,
      "retweet_count": "0",
      "id": "1911165197928473133",
      "created_at": "Sat Apr 12 21:11:05 +0000 2025",
      "favorited": false,
      "full_text": "provisional licence finally came through, lessons start next month",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1906651394950217315"
          ],
          "editableUntil": "2025-03-31T11:14:51.668Z",
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
      "favorite_count": "23",
      "id_str": "1906651394950217315",
      "truncated": false,
      "retweet_count": "1",
      "id": "1906651394950217315",
      "created_at": "Mon Mar 31 10:14:51 +0000 2025",
      "favorited": false,
      "full_text": "ordered a machete off some page on insta, no id check no nothing, turned up in a box saying 'garden tools' 😂",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1904405648870724722"
          ],
          "editableUntil": "2025-03-25T06:31:03.034Z",
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
        "59"
      ],
      "favorite_count": "0",
      "id_str": "1904405648870724722",
      "truncated": false,
      "retweet_count": "2",
      "id": "1904405648870724722",
      "created_at": "Tue Mar 25 05:31:03 +0000 2025",
      "favorited": false,
      "full_text": "flight EZY2451 delayed 3 hours. nothing like gatwick at 5am",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1898346174887844585"
          ],
          "editableUntil": "2025-03-08T13:12:52.240Z",
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
      "favorite_count": "2",
      "id_str": "1898346174887844585",
      "truncated": false,
      "retweet_count": "2",
      "id": "1898346174887844585",
      "created_at": "Sat Mar 08 12:12:52 +0000 2025",
      "favorited": false,
      "full_text": "if the lad from nights touches my locker again im putting him through the racking. not even joking",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1894325208629016189"
          ],
          "editableUntil": "2025-02-25T10:54:59.878Z",
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
      "favorite_count": "4",
      "id_str": "1894325208629016189",
      "truncated": false,
      "retweet_count": "1",
      "id": "1894325208629016189",
      "created_at": "Tue Feb 25 09:54:59 +0000 2025",
      "favorited": false,
      "full_text": "picked about 400 of the new controllers today that havent even been announced yet. the purple ones. cant say which brand 😉",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1891996133752469597"
          ],
          "editableUntil": "2025-02-19T00:40:04.083Z",
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
        "92"
      ],
      "favorite_count": "0",
      "id_str": "1891996133752469597",
      "truncated": false,
      "retweet_count": "2",
      "id": "1891996133752469597",
      "created_at": "Tue Feb 18 23:40:04 +0000 2025",
      "favorited": false,
      "full_text": "3 years at the warehouse today. never thought id stay this long but the lads on days make it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1891300166045116098"
          ],
          "editableUntil": "2025-02-17T02:34:32.109Z",
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
        "8"
      ],
      "favorite_count": "6",
      "id_str": "1891300166045116098",
      "truncated": false,
      "retweet_count": "2",
      "id": "1891300166045116098",
      "created_at": "Mon Feb 17 01:34:32 +0000 2025",
      "favorited": false,
      "full_text": "payday 🙏",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1890116414496696184"
          ],
          "editableUntil": "2025-02-13T20:10:44.147Z",
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
            "name": "maya 🦋",
            "screen_name": "lilmaya_xx",
            "indices": [
              "0",
              "11"
            ],
            "id_str": "2031918850539102141",
            "id": "2031918850539102141"
          }
        ],
        "urls": []
      },
      "in_reply_to_status_id_str": "1890104333722919960",
      "in_reply_to_status_id": "1890104333722919960",
      "in_reply_to_user_id": "2031918850539102141",
      "in_reply_to_user_id_str": "2031918850539102141",
      "in_reply_to_screen_name": "lilmaya_xx",
      "display_text_range": [
        "12",
        "42"
      ],
      "favorite_count": "23",
      "id_str": "1890116414496696184",
      "truncated": false,
      "retweet_count": "2",
      "id": "1890116414496696184",
      "created_at": "Thu Feb 13 19:10:44 +0000 2025",
      "favorited": false,
      "full_text": "@lilmaya_xx those pics got me acting up 🍆💦",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1884320656564223410"
          ],
          "editableUntil": "2025-01-28T20:20:28.710Z",
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
      "favorite_count": "0",
      "id_str": "1884320656564223410",
      "truncated": false,
      "retweet_count": "0",
      "id": "1884320656564223410",
      "created_at": "Tue Jan 28 19:20:28 +0000 2025",
      "favorited": false,
      "full_text": "saw the pay sheet on the shift managers screen. dean gets 14.20 an hour and im on 12.21 for the exact same job. lovely",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1882968685352443141"
          ],
          "editableUntil": "2025-01-25T02:48:13.511Z",
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
      "favorite_count": "6",
      "id_str": "1882968685352443141",
      "truncated": false,
      "retweet_count": "0",
      "id": "1882968685352443141",
      "created_at": "Sat Jan 25 01:48:13 +0000 2025",
      "favorited": false,
      "full_text": "saw a blue tit sat on the loading bay fence this morning, proper little guy &lt;3",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1881658067922322966"
          ],
          "editableUntil": "2025-01-21T12:00:17.182Z",
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
      "favorite_count": "2",
      "id_str": "1881658067922322966",
      "truncated": false,
      "retweet_count": "2",
      "id": "1881658067922322966",
      "created_at": "Tue Jan 21 11:00:17 +0000 2025",
      "favorited": false,
      "full_text": "3am, just off shift, bored and horny. anyone up 😈",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1879065260776295003"
          ],
          "editableUntil": "2025-01-14T08:17:24.183Z",
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
      "favorite_count": "1",
      "id_str": "1879065260776295003",
      "truncated": false,
      "retweet_count": "0",
      "id": "1879065260776295003",
      "created_at": "Tue Jan 14 07:17:24 +0000 2025",
      "favorited": false,
      "full_text": "mum did toad in the hole and spotted dick for pudding. absolute queen",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1878428110398902606"
          ],
          "editableUntil": "2025-01-12T14:05:35.878Z",
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
      "favorite_count": "6",
      "id_str": "1878428110398902606",
      "truncated": false,
      "retweet_count": "0",
      "id": "1878428110398902606",
      "created_at": "Sun Jan 12 13:05:35 +0000 2025",
      "favorited": false,
      "full_text": "new job sorted, they wanted my NI number on the group chat for payroll 💀 JK 48 21 93 B hope its safe in there",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1876328684579524894"
          ],
          "editableUntil": "2025-01-06T19:03:13.444Z",
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
      "favorite_count": "0",
      "id_str": "1876328684579524894",
      "truncated": false,
      "retweet_count": "1",
      "id": "1876328684579524894",
      "created_at": "Mon Jan 06 18:03:13 +0000 2025",
      "favorited": false,
      "full_text": "rang the agency office on 0113 496 0127 to sort my hours, 40 mins on hold to be told to email them",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1874395972942760464"
          ],
          "editableUntil": "2025-01-01T11:03:19.644Z",
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
        "66"
      ],
      "favorite_count": "1",
      "id_str": "1874395972942760464",
      "truncated": false,
      "retweet_count": "1",
      "id": "1874395972942760464",
      "created_at": "Wed Jan 01 10:03:19 +0000 2025",
      "favorited": false,
      "full_text": "rum &amp; raisin ice cream is elite and im tired of pretending its not",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1872829444925582315"
          ],
          "editableUntil": "2024-12-28T03:18:29.236Z",
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
        "90"
      ],
      "favorite_count": "1",
      "id_str": "1872829444925582315",
      "truncated": false,
      "retweet_count": "0",
      "id": "1872829444925582315",
      "created_at": "Sat Dec 28 02:18:29 +0000 2024",
      "favorited": false,
      "full_text": "4 hours sleep and still a few cans in me, 6am on the reach truck lets see how this goes 🍺😵",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1869952650440897841"
          ],
          "editableUntil": "2024-12-20T04:47:08.548Z",
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
        "101"
      ],
      "favorite_count": "23",
      "id_str": "1869952650440897841",
      "truncated": false,
      "retweet_count": "0",
      "id": "1869952650440897841",
      "created_at": "Fri Dec 20 03:47:08 +0000 2024",
      "favorited": false,
      "full_text": "stabbing on the high street last night, stay safe out there everyone. police all over it this morning",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1866741000427176808"
          ],
          "editableUntil": "2024-12-11T08:05:11.482Z",
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
      "favorite_count": "11",
      "id_str": "1866741000427176808",
      "truncated": false,
      "retweet_count": "1",
      "id": "1866741000427176808",
      "created_at": "Wed Dec 11 07:05:11 +0000 2024",
      "favorited": false,
      "full_text": "took mum to frankie &amp; bennys for her birthday, she had 2 desserts. legend",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1863013549560563106"
          ],
          "editableUntil": "2024-12-01T01:13:37.418Z",
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
      "favorite_count": "11",
      "id_str": "1863013549560563106",
      "truncated": false,
      "retweet_count": "0",
      "id": "1863013549560563106",
      "created_at": "Sun Dec 01 00:13:37 +0000 2024",
      "favorited": false,
      "full_text": "gamertag is jayypicks everywhere, add me for ranked",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1861917256050994321"
          ],
          "editableUntil": "2024-11-28T00:37:21.759Z",
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
        "130"
      ],
      "favorite_count": "2",
      "id_str": "1861917256050994321",
      "truncated": false,
      "retweet_count": "2",
      "id": "1861917256050994321",
      "created_at": "Wed Nov 27 23:37:21 +0000 2024",
      "favorited": false,
      "full_text": "kierans review got left on the printer. 'needs improvement' across the board 😂 and hes been telling everyone hes getting team lead",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1854837606399891501"
          ],
          "editableUntil": "2024-11-08T11:45:21.181Z",
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
      "id_str": "1854837606399891501",
      "truncated": false,
      "retweet_count": "0",
      "id": "1854837606399891501",
      "created_at": "Fri Nov 08 10:45:21 +0000 2024",
      "favorited": false,
      "full_text": "ops manager stood there and told us the peak bonus is 'still being finalised'. its november. he knew in june. f*cking liar",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1851149299455733181"
          ],
          "editableUntil": "2024-10-29T07:29:20.720Z",
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
      "favorite_count": "1",
      "id_str": "1851149299455733181",
      "truncated": false,
      "retweet_count": "0",
      "id": "1851149299455733181",
      "created_at": "Tue Oct 29 06:29:20 +0000 2024",
      "favorited": false,
      "full_text": "walked out of asda with a full trolley through the self checkout, beeped about 3 things 🛒💨",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1846788201918263450"
          ],
          "editableUntil": "2024-10-17T06:39:53.692Z",
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
      "favorite_count": "0",
      "id_str": "1846788201918263450",
      "truncated": false,
      "retweet_count": "1",
      "id": "1846788201918263450",
      "created_at": "Thu Oct 17 05:39:53 +0000 2024",
      "favorited": false,
      "full_text": "overheard the ops manager on the phone, theyre shutting the B shed in january and moving everything to the new site. nobody on nights knows yet 👀",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1844537401755161533"
          ],
          "editableUntil": "2024-10-11T01:36:01.358Z",
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
        "105"
      ],
      "favorite_count": "3",
      "id_str": "1844537401755161533",
      "truncated": false,
      "retweet_count": "0",
      "id": "1844537401755161533",
      "created_at": "Fri Oct 11 00:36:01 +0000 2024",
      "favorited": false,
      "full_text": "new shift manager is like 60. why do they let boomers run a shift when they cant even work the handheld 😭",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1840753304964633821"
          ],
          "editableUntil": "2024-09-30T14:59:22.968Z",
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
      "favorite_count": "0",
      "id_str": "1840753304964633821",
      "truncated": false,
      "retweet_count": "0",
      "id": "1840753304964633821",
      "created_at": "Mon Sep 30 13:59:22 +0000 2024",
      "favorited": false,
      "full_text": "management gave us ONE pizza for hitting 140% rate last week. one. pizza. for 38 people. this company is so tight it squeaks",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1840355705167698108"
          ],
          "editableUntil": "2024-09-29T12:39:26.947Z",
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
        "52"
      ],
      "favorite_count": "1",
      "id_str": "1840355705167698108",
      "truncated": false,
      "retweet_count": "0",
      "id": "1840355705167698108",
      "created_at": "Sun Sep 29 11:39:26 +0000 2024",
      "favorited": false,
      "full_text": "this lobby is actual dogsh*t wtf is SBMM doing to me",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1830533204030545925"
          ],
          "editableUntil": "2024-09-02T10:08:20.602Z",
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
      "favorite_count": "4",
      "id_str": "1830533204030545925",
      "truncated": false,
      "retweet_count": "2",
      "id": "1830533204030545925",
      "created_at": "Mon Sep 02 09:08:20 +0000 2024",
      "favorited": false,
      "full_text": "my national insurance this month was more than my food shop. make it make sense",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1830523456089283521"
          ],
          "editableUntil": "2024-09-02T09:29:36.101Z",
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
      "favorite_count": "3",
      "id_str": "1830523456089283521",
      "truncated": false,
      "retweet_count": "1",
      "id": "1830523456089283521",
      "created_at": "Mon Sep 02 08:29:36 +0000 2024",
      "favorited": false,
      "full_text": "6 pints at spoons and drove home through town, roads were dead anyway 🤷‍♂️",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1826563130149049126"
          ],
          "editableUntil": "2024-08-22T11:12:40.461Z",
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
            "name": "GHOST",
            "screen_name": "ghostxkilla_",
            "indices": [
              "0",
              "13"
            ],
            "id_str": "9589409739177179961",
            "id": "9589409739177179961"
          }
        ],
        "urls": []
      },
      "in_reply_to_status_id_str": "1826541991128849542",
      "in_reply_to_status_id": "1826541991128849542",
      "in_reply_to_user_id": "9589409739177179961",
      "in_reply_to_user_id_str": "9589409739177179961",
      "in_reply_to_screen_name": "ghostxkilla_",
      "display_text_range": [
        "14",
        "87"
      ],
      "favorite_count": "0",
      "id_str": "1826563130149049126",
      "truncated": false,
      "retweet_count": "1",
      "id": "1826563130149049126",
      "created_at": "Thu Aug 22 10:12:40 +0000 2024",
      "favorited": false,
      "full_text": "@ghostxkilla_ kid said hes gonna find me irl. come on then, 14 bramble close, ill be in",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1825110421452744739"
          ],
          "editableUntil": "2024-08-18T11:00:08.799Z",
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
      "favorite_count": "6",
      "id_str": "1825110421452744739",
      "truncated": false,
      "retweet_count": "0",
      "id": "1825110421452744739",
      "created_at": "Sun Aug 18 10:00:08 +0000 2024",
      "favorited": false,
      "full_text": "anyone got a plug round the estate, need sorting for the weekend ❄️❄️ dm",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1823187654428408509"
          ],
          "editableUntil": "2024-08-13T03:39:44.760Z",
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
      "favorite_count": "1",
      "id_str": "1823187654428408509",
      "truncated": false,
      "retweet_count": "2",
      "id": "1823187654428408509",
      "created_at": "Tue Aug 13 02:39:44 +0000 2024",
      "favorited": false,
      "full_text": "doc put me on codeine for my back after lifting wrong. 2 weeks off and this is not how i wanted to spend them",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1821875891060762594"
          ],
          "editableUntil": "2024-08-09T12:47:15.428Z",
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
        "67"
      ],
      "favorite_count": "0",
      "id_str": "1821875891060762594",
      "truncated": false,
      "retweet_count": "0",
      "id": "1821875891060762594",
      "created_at": "Fri Aug 09 11:47:15 +0000 2024",
      "favorited": false,
      "full_text": "not being funny but women on the flt just slow the whole aisle down",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1820558648717363550"
          ],
          "editableUntil": "2024-08-05T21:33:00.403Z",
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
      "id_str": "1820558648717363550",
      "truncated": false,
      "retweet_count": "0",
      "id": "1820558648717363550",
      "created_at": "Mon Aug 05 20:33:00 +0000 2024",
      "favorited": false,
      "full_text": "another lobby full of polish kids screaming down the mic. mute all on sight no offence",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1816587609158905182"
          ],
          "editableUntil": "2024-07-25T22:33:31.251Z",
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
            "name": "Danny B",
            "screen_name": "dannnyb99",
            "indices": [
              "0",
              "10"
            ],
            "id_str": "6805750085345753033",
            "id": "6805750085345753033"
          }
        ],
        "urls": []
      },
      "in_reply_to_status_id_str": "1816567982939945471",
      "in_reply_to_status_id": "1816567982939945471",
      "in_reply_to_user_id": "6805750085345753033",
      "in_reply_to_user_id_str": "6805750085345753033",
      "in_reply_to_screen_name": "dannnyb99",
      "display_text_range": [
        "11",
        "98"
      ],
      "favorite_count": "4",
      "id_str": "1816587609158905182",
      "truncated": false,
      "retweet_count": "1",
      "id": "1816587609158905182",
      "created_at": "Thu Jul 25 21:33:31 +0000 2024",
      "favorited": false,
      "full_text": "@dannnyb99 shot you in the head by accident on hardcore and you rage quit 😂 friendly fire is chaos",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1812111248106629614"
          ],
          "editableUntil": "2024-07-13T14:06:03.760Z",
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
        "42"
      ],
      "favorite_count": "23",
      "id_str": "1812111248106629614",
      "truncated": false,
      "retweet_count": "0",
      "id": "1812111248106629614",
      "created_at": "Sat Jul 13 13:06:03 +0000 2024",
      "favorited": false,
      "full_text": "FINALLY passed my cherry picker licence 🍒🎉",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1797100739397200038"
          ],
          "editableUntil": "2024-06-02T03:59:39.036Z",
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
      "favorite_count": "3",
      "id_str": "1797100739397200038",
      "truncated": false,
      "retweet_count": "0",
      "id": "1797100739397200038",
      "created_at": "Sun Jun 02 02:59:39 +0000 2024",
      "favorited": false,
      "full_text": "warehouse just took on another load of agency lads who barely speak english, guess who has to train them all again. every. time.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1796878293728329508"
          ],
          "editableUntil": "2024-06-01T13:15:44.278Z",
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
        "90"
      ],
      "favorite_count": "1",
      "id_str": "1796878293728329508",
      "truncated": false,
      "retweet_count": "0",
      "id": "1796878293728329508",
      "created_at": "Sat Jun 01 12:15:44 +0000 2024",
      "favorited": false,
      "full_text": "wake n bake before a 12 hour shift hits different 🍃💨 the scanner beeps are basically music",
      "lang": "en"
    }
  }
]