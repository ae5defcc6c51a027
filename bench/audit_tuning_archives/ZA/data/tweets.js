window.YTD.tweets.part0 = [
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1979872309941778220"
          ],
          "editableUntil": "2025-10-19T12:28:37.000Z",
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
      "favorite_count": "27",
      "id_str": "1979872309941778220",
      "truncated": false,
      "retweet_count": "0",
      "id": "1979872309941778220",
      "created_at": "Sun Oct 19 11:28:37 +0000 2025",
      "favorited": false,
      "full_text": "order 4471-2093 finally turned up, new headset 🎧 sounding crisp",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1979132113224922246"
          ],
          "editableUntil": "2025-10-17T11:27:20.000Z",
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
      "id_str": "1979132113224922246",
      "truncated": false,
      "retweet_count": "0",
      "id": "1979132113224922246",
      "created_at": "Fri Oct 17 10:27:20 +0000 2025",
      "favorited": false,
      "full_text": "to whoever keyed my car in the staff car park, i know what you drive and i know where you live. you're done",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1971193603256498605"
          ],
          "editableUntil": "2025-09-25T13:42:32.000Z",
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
      "favorite_count": "2",
      "id_str": "1971193603256498605",
      "truncated": false,
      "retweet_count": "0",
      "id": "1971193603256498605",
      "created_at": "Thu Sep 25 12:42:32 +0000 2025",
      "favorited": false,
      "full_text": "wtf is this update ffs my whole loadout's gone",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1962455577268483878"
          ],
          "editableUntil": "2025-09-01T11:00:44.000Z",
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
            "url": "https://t.co/Rk3vXb8LpQ",
            "expanded_url": "https://www.youtube.com/shorts/q8ZtR2mLk4w",
            "display_url": "youtube.com/shorts/q8ZtR2mLk4w",
            "indices": [
              "57",
              "80"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "56"
      ],
      "favorite_count": "2",
      "id_str": "1962455577268483878",
      "truncated": false,
      "retweet_count": "0",
      "id": "1962455577268483878",
      "created_at": "Mon Sep 01 10:00:44 +0000 2025",
      "favorited": false,
      "full_text": "30 kill game with the sniper, no scopes only, i am HIM 🎯 https://t.co/Rk3vXb8LpQ",
      "lang": "en",
      "possibly_sensitive": false
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1958934737552549529"
          ],
          "editableUntil": "2025-08-22T17:50:11.000Z",
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
      "favorite_count": "0",
      "id_str": "1958934737552549529",
      "truncated": false,
      "retweet_count": "0",
      "id": "1958934737552549529",
      "created_at": "Fri Aug 22 16:50:11 +0000 2025",
      "favorited": false,
      "full_text": "rang in sick with \"food poisoning\" lol im at leeds fest with a bag of 💊 and zero regrets 🎉",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1958449150077722318"
          ],
          "editableUntil": "2025-08-21T09:40:38.000Z",
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
      "id_str": "1958449150077722318",
      "truncated": false,
      "retweet_count": "0",
      "id": "1958449150077722318",
      "created_at": "Thu Aug 21 08:40:38 +0000 2025",
      "favorited": false,
      "full_text": "our store manager couldnt organise a piss up in a brewery and thats me being nice",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1955890776448779752"
          ],
          "editableUntil": "2025-08-14T08:14:34.000Z",
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
        "135"
      ],
      "favorite_count": "5",
      "id_str": "1955890776448779752",
      "truncated": false,
      "retweet_count": "0",
      "id": "1955890776448779752",
      "created_at": "Thu Aug 14 07:14:34 +0000 2025",
      "favorited": false,
      "full_text": "new starter can barely speak english, how am i meant to train him if i cant understand a word. should be a requirement to work here tbh",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1953476974380724234"
          ],
          "editableUntil": "2025-08-07T16:22:59.000Z",
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
            "name": "jade 🦋",
            "screen_name": "jadeyxoxo_",
            "indices": [
              "0",
              "11"
            ],
            "id_str": "751770008759324019",
            "id": "751770008759324019"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "12",
        "43"
      ],
      "favorite_count": "8",
      "id_str": "1953476974380724234",
      "truncated": false,
      "retweet_count": "0",
      "id": "1953476974380724234",
      "created_at": "Thu Aug 07 15:22:59 +0000 2025",
      "favorited": false,
      "full_text": "@jadeyxoxo_ 😍🍑💦 wifey material fr, dms open",
      "lang": "en",
      "in_reply_to_status_id_str": "1953462214694536841",
      "in_reply_to_status_id": "1953462214694536841",
      "in_reply_to_user_id": "751770008759324019",
      "in_reply_to_user_id_str": "751770008759324019",
      "in_reply_to_screen_name": "jadeyxoxo_"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1949764571767893774"
          ],
          "editableUntil": "2025-07-28T10:31:13.000Z",
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
      "favorite_count": "2",
      "id_str": "1949764571767893774",
      "truncated": false,
      "retweet_count": "0",
      "id": "1949764571767893774",
      "created_at": "Mon Jul 28 09:31:13 +0000 2025",
      "favorited": false,
      "full_text": "finally got my provisional 🙌 HOLDE007145KJ9AB, dob on there n everything and i look like a serial killer in the pic 💀",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1944473892108746475"
          ],
          "editableUntil": "2025-07-13T20:07:57.000Z",
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
        "92"
      ],
      "favorite_count": "5",
      "id_str": "1944473892108746475",
      "truncated": false,
      "retweet_count": "0",
      "id": "1944473892108746475",
      "created_at": "Sun Jul 13 19:07:57 +0000 2025",
      "favorited": false,
      "full_text": "coke zero shortage is real, had to fill the whole bay with pepsi max and pray nobody notices",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1938706072176359358"
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
        "43"
      ],
      "favorite_count": "8",
      "id_str": "1938706072176359358",
      "truncated": false,
      "retweet_count": "0",
      "id": "1938706072176359358",
      "created_at": "Fri Jun 27 21:08:41 +0000 2025",
      "favorited": false,
      "full_text": "new battle pass is actually decent for once",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1935349161475458584"
          ],
          "editableUntil": "2025-06-18T15:49:31.000Z",
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
      "favorite_count": "8",
      "id_str": "1935349161475458584",
      "truncated": false,
      "retweet_count": "0",
      "id": "1935349161475458584",
      "created_at": "Wed Jun 18 14:49:31 +0000 2025",
      "favorited": false,
      "full_text": "thinking about doing my forklift licence, more money and i get to sit down",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1933574443563082808"
          ],
          "editableUntil": "2025-06-13T18:17:26.000Z",
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
        "121"
      ],
      "favorite_count": "8",
      "id_str": "1933574443563082808",
      "truncated": false,
      "retweet_count": "0",
      "id": "1933574443563082808",
      "created_at": "Fri Jun 13 17:17:26 +0000 2025",
      "favorited": false,
      "full_text": "MAGALUF 🌴✈️ booking ref QX7HMP, seat 23F, 6am flight so im not even going to bed. gonna be wrecked for 7 days straight 🍻🍻",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1932866763514956810"
          ],
          "editableUntil": "2025-06-11T19:25:22.000Z",
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
        "28"
      ],
      "favorite_count": "2",
      "id_str": "1932866763514956810",
      "truncated": false,
      "retweet_count": "0",
      "id": "1932866763514956810",
      "created_at": "Wed Jun 11 18:25:22 +0000 2025",
      "favorited": false,
      "full_text": "5am starts should be illegal",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1932740307515215759"
          ],
          "editableUntil": "2025-06-11T11:02:52.000Z",
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
            "name": "josh",
            "screen_name": "jxsh_m",
            "indices": [
              "0",
              "7"
            ],
            "id_str": "855247394113310543",
            "id": "855247394113310543"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "8",
        "58"
      ],
      "favorite_count": "5",
      "id_str": "1932740307515215759",
      "truncated": false,
      "retweet_count": "0",
      "id": "1932740307515215759",
      "created_at": "Wed Jun 11 10:02:52 +0000 2025",
      "favorited": false,
      "full_text": "@jxsh_m ur mate is actually cracked at this game, 4.2 kd??",
      "lang": "en",
      "in_reply_to_status_id_str": "1932739731727327053",
      "in_reply_to_status_id": "1932739731727327053",
      "in_reply_to_user_id": "855247394113310543",
      "in_reply_to_user_id_str": "855247394113310543",
      "in_reply_to_screen_name": "jxsh_m"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1930293804771430594"
          ],
          "editableUntil": "2025-06-04T17:01:20.000Z",
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
      "favorite_count": "8",
      "id_str": "1930293804771430594",
      "truncated": false,
      "retweet_count": "0",
      "id": "1930293804771430594",
      "created_at": "Wed Jun 04 16:01:20 +0000 2025",
      "favorited": false,
      "full_text": "grabbing a double shot of espresso before the 5am delivery, pray for me ☕",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1928948810370893454"
          ],
          "editableUntil": "2025-05-31T23:56:49.000Z",
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
      "favorite_count": "1",
      "id_str": "1928948810370893454",
      "truncated": false,
      "retweet_count": "0",
      "id": "1928948810370893454",
      "created_at": "Sat May 31 22:56:49 +0000 2025",
      "favorited": false,
      "full_text": "mum did a sunday roast &amp; i had 3 yorkshires, no regrets &lt;3",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1927364429774312671"
          ],
          "editableUntil": "2025-05-27T15:01:03.000Z",
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
      "favorite_count": "5",
      "id_str": "1927364429774312671",
      "truncated": false,
      "retweet_count": "0",
      "id": "1927364429774312671",
      "created_at": "Tue May 27 14:01:03 +0000 2025",
      "favorited": false,
      "full_text": "scunthorpe away on saturday, 3 hr coach there, who's coming",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1925159427550855356"
          ],
          "editableUntil": "2025-05-21T12:59:09.000Z",
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
        "47"
      ],
      "favorite_count": "14",
      "id_str": "1925159427550855356",
      "truncated": false,
      "retweet_count": "0",
      "id": "1925159427550855356",
      "created_at": "Wed May 21 11:59:09 +0000 2025",
      "favorited": false,
      "full_text": "employee of the month?? ME?? lads im framing it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1920833767398696610"
          ],
          "editableUntil": "2025-05-09T14:30:32.000Z",
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
        "75"
      ],
      "favorite_count": "27",
      "id_str": "1920833767398696610",
      "truncated": false,
      "retweet_count": "0",
      "id": "1920833767398696610",
      "created_at": "Fri May 09 13:30:32 +0000 2025",
      "favorited": false,
      "full_text": "dropped a tactical nuke on shipment last night ☢️ the lobby left one by one",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1918603518172172631"
          ],
          "editableUntil": "2025-05-03T10:48:19.000Z",
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
            "name": "Deano",
            "screen_name": "deano_77x",
            "indices": [
              "0",
              "10"
            ],
            "id_str": "417719976960621762",
            "id": "417719976960621762"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "11",
        "54"
      ],
      "favorite_count": "27",
      "id_str": "1918603518172172631",
      "truncated": false,
      "retweet_count": "0",
      "id": "1918603518172172631",
      "created_at": "Sat May 03 09:48:19 +0000 2025",
      "favorited": false,
      "full_text": "@deano_77x just text me 07700 900412 my dms are broken",
      "lang": "en",
      "in_reply_to_status_id_str": "1918579789208248690",
      "in_reply_to_status_id": "1918579789208248690",
      "in_reply_to_user_id": "417719976960621762",
      "in_reply_to_user_id_str": "417719976960621762",
      "in_reply_to_screen_name": "deano_77x"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1909618159938527554"
          ],
          "editableUntil": "2025-04-08T15:43:42.000Z",
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
      "favorite_count": "0",
      "id_str": "1909618159938527554",
      "truncated": false,
      "retweet_count": "0",
      "id": "1909618159938527554",
      "created_at": "Tue Apr 08 14:43:42 +0000 2025",
      "favorited": false,
      "full_text": "darren on nights is on £1.90 an hour more than me for doing literally half the work, his payslip was sat on the office printer lol",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1907849378376589573"
          ],
          "editableUntil": "2025-04-03T18:35:12.000Z",
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
            "name": "Call of Duty",
            "screen_name": "CallofDuty",
            "indices": [
              "3",
              "14"
            ],
            "id_str": "274100324804876882",
            "id": "274100324804876882"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "52"
      ],
      "favorite_count": "0",
      "id_str": "1907849378376589573",
      "truncated": false,
      "retweet_count": "762",
      "id": "1907849378376589573",
      "created_at": "Thu Apr 03 17:35:12 +0000 2025",
      "favorited": false,
      "full_text": "RT @CallofDuty: The new season is live now. Drop in.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1907564446871556367"
          ],
          "editableUntil": "2025-04-02T23:42:59.000Z",
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
      "favorite_count": "14",
      "id_str": "1907564446871556367",
      "truncated": false,
      "retweet_count": "0",
      "id": "1907564446871556367",
      "created_at": "Wed Apr 02 22:42:59 +0000 2025",
      "favorited": false,
      "full_text": "anyone got a 🍃 plug round LS9, my usual guy's gone quiet and im not doing a 10 hour shift sober",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1906705529693589071"
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
        "129"
      ],
      "favorite_count": "1",
      "id_str": "1906705529693589071",
      "truncated": false,
      "retweet_count": "0",
      "id": "1906705529693589071",
      "created_at": "Mon Mar 31 13:49:57 +0000 2025",
      "favorited": false,
      "full_text": "if ur online order's wrong pls dont @ me lol, the store's customer services desk is 0113 496 0731, i literally just stack shelves",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1906333742959606094"
          ],
          "editableUntil": "2025-03-30T14:12:36.000Z",
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
      "favorite_count": "27",
      "id_str": "1906333742959606094",
      "truncated": false,
      "retweet_count": "0",
      "id": "1906333742959606094",
      "created_at": "Sun Mar 30 13:12:36 +0000 2025",
      "favorited": false,
      "full_text": "2 zoots before work and stacking cereal becomes a spiritual experience 🍃😮‍💨",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1900528979362605077"
          ],
          "editableUntil": "2025-03-14T13:46:33.000Z",
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
      "favorite_count": "0",
      "id_str": "1900528979362605077",
      "truncated": false,
      "retweet_count": "0",
      "id": "1900528979362605077",
      "created_at": "Fri Mar 14 12:46:33 +0000 2025",
      "favorited": false,
      "full_text": "customer asked me where the spotted dick was and i had to keep a straight face for a full minute",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1890876449402493277"
          ],
          "editableUntil": "2025-02-15T22:30:50.000Z",
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
        "127"
      ],
      "favorite_count": "5",
      "id_str": "1890876449402493277",
      "truncated": false,
      "retweet_count": "0",
      "id": "1890876449402493277",
      "created_at": "Sat Feb 15 21:30:50 +0000 2025",
      "favorited": false,
      "full_text": "came into my 6am shift still absolutely mashed from last night, faced up the whole crisp aisle upside down and nobody noticed 💀",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1879171729885254344"
          ],
          "editableUntil": "2025-01-14T15:20:28.000Z",
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
        "155"
      ],
      "favorite_count": "27",
      "id_str": "1879171729885254344",
      "truncated": false,
      "retweet_count": "0",
      "id": "1879171729885254344",
      "created_at": "Tue Jan 14 14:20:28 +0000 2025",
      "favorited": false,
      "full_text": "not meant to say but our store's shutting in march. area manager was on the phone in the canteen and didnt clock i was there. staff haven't been told yet 😬",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1874934854453042161"
          ],
          "editableUntil": "2025-01-02T22:44:38.000Z",
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
        "121"
      ],
      "favorite_count": "14",
      "id_str": "1874934854453042161",
      "truncated": false,
      "retweet_count": "0",
      "id": "1874934854453042161",
      "created_at": "Thu Jan 02 21:44:38 +0000 2025",
      "favorited": false,
      "full_text": "customers who put frozen peas back on the bread shelf to defrost should be banned for life. genuinely braindead behaviour",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1874549785865507371"
          ],
          "editableUntil": "2025-01-01T21:14:31.000Z",
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
      "favorite_count": "5",
      "id_str": "1874549785865507371",
      "truncated": false,
      "retweet_count": "0",
      "id": "1874549785865507371",
      "created_at": "Wed Jan 01 20:14:31 +0000 2025",
      "favorited": false,
      "full_text": "free the weed killer from the top shelf, i am 5 foot 6 and it is mocking me",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1871899396922273130"
          ],
          "editableUntil": "2024-12-25T13:42:49.000Z",
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
      "favorite_count": "3",
      "id_str": "1871899396922273130",
      "truncated": false,
      "retweet_count": "0",
      "id": "1871899396922273130",
      "created_at": "Wed Dec 25 12:42:49 +0000 2024",
      "favorited": false,
      "full_text": "anyone else's update stuck at 87% or just me",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1869780201274938755"
          ],
          "editableUntil": "2024-12-19T17:21:53.000Z",
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
      "favorite_count": "0",
      "id_str": "1869780201274938755",
      "truncated": false,
      "retweet_count": "0",
      "id": "1869780201274938755",
      "created_at": "Thu Dec 19 16:21:53 +0000 2024",
      "favorited": false,
      "full_text": "yes we are open boxing day, its on the website, 10 till 4. please stop asking me while im up a ladder",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1869102427165083959"
          ],
          "editableUntil": "2024-12-17T20:28:39.000Z",
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
        "138"
      ],
      "favorite_count": "5",
      "id_str": "1869102427165083959",
      "truncated": false,
      "retweet_count": "0",
      "id": "1869102427165083959",
      "created_at": "Tue Dec 17 19:28:39 +0000 2024",
      "favorited": false,
      "full_text": "asked my manager to keep the older staff off my section, no offence but someone's nan shouldnt be doing the freezer run, takes her 3 hours",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1866164202763591352"
          ],
          "editableUntil": "2024-12-09T17:53:12.000Z",
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
        "177"
      ],
      "favorite_count": "1",
      "id_str": "1866164202763591352",
      "truncated": false,
      "retweet_count": "0",
      "id": "1866164202763591352",
      "created_at": "Mon Dec 09 16:53:12 +0000 2024",
      "favorited": false,
      "full_text": "saw next years rota on the managers desk, theyre cutting everyone to 16 hrs and putting in 10 more self checkouts. merry christmas from the most caring employer in the country 🎄",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1855572124547213246"
          ],
          "editableUntil": "2024-11-10T12:24:04.000Z",
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
      "favorite_count": "8",
      "id_str": "1855572124547213246",
      "truncated": false,
      "retweet_count": "0",
      "id": "1855572124547213246",
      "created_at": "Sun Nov 10 11:24:04 +0000 2024",
      "favorited": false,
      "full_text": "black ops 6 zombies till 3am, killed the boss on round 31 and my hands are still shaking",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1846310157033093959"
          ],
          "editableUntil": "2024-10-15T23:00:18.000Z",
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
      "favorite_count": "0",
      "id_str": "1846310157033093959",
      "truncated": false,
      "retweet_count": "0",
      "id": "1846310157033093959",
      "created_at": "Tue Oct 15 22:00:18 +0000 2024",
      "favorited": false,
      "full_text": "meal deal going up to £4.25 from the 1st, the new shelf tickets are already in the back 👀 stock up while u can",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1835949999433025745"
          ],
          "editableUntil": "2024-09-17T08:52:44.000Z",
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
      "favorite_count": "3",
      "id_str": "1835949999433025745",
      "truncated": false,
      "retweet_count": "0",
      "id": "1835949999433025745",
      "created_at": "Tue Sep 17 07:52:44 +0000 2024",
      "favorited": false,
      "full_text": "watching the match down the pub with the lads, lemonade for me cos im driving. 2-1 UP 🙌",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1835013577693086752"
          ],
          "editableUntil": "2024-09-14T18:51:44.000Z",
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
        "162"
      ],
      "favorite_count": "27",
      "id_str": "1835013577693086752",
      "truncated": false,
      "retweet_count": "0",
      "id": "1835013577693086752",
      "created_at": "Sat Sep 14 17:51:44 +0000 2024",
      "favorited": false,
      "full_text": "little bro's home on his own every weds after school till mum gets in at 6, so if u need to drop the controller back just knock, 27 Ashbourne Terrace, he'll be in",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1831239052744082209"
          ],
          "editableUntil": "2024-09-04T08:53:07.000Z",
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
      "favorite_count": "5",
      "id_str": "1831239052744082209",
      "truncated": false,
      "retweet_count": "0",
      "id": "1831239052744082209",
      "created_at": "Wed Sep 04 07:53:07 +0000 2024",
      "favorited": false,
      "full_text": "this lobby is full of absolute sh*tters im going to bed",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1828210746010105698"
          ],
          "editableUntil": "2024-08-27T00:19:43.000Z",
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
      "favorite_count": "3",
      "id_str": "1828210746010105698",
      "truncated": false,
      "retweet_count": "0",
      "id": "1828210746010105698",
      "created_at": "Mon Aug 26 23:19:43 +0000 2024",
      "favorited": false,
      "full_text": "some guy tried to walk out with a crate of red bull so i rugby tackled him into the cereal display. got a written warning. worth it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1822610642736739035"
          ],
          "editableUntil": "2024-08-11T13:26:54.000Z",
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
      "favorite_count": "8",
      "id_str": "1822610642736739035",
      "truncated": false,
      "retweet_count": "0",
      "id": "1822610642736739035",
      "created_at": "Sun Aug 11 12:26:54 +0000 2024",
      "favorited": false,
      "full_text": "worst part of this job is the crack of dawn starts honestly",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1822189161560988396"
          ],
          "editableUntil": "2024-08-10T09:32:05.000Z",
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
      "favorite_count": "2",
      "id_str": "1822189161560988396",
      "truncated": false,
      "retweet_count": "0",
      "id": "1822189161560988396",
      "created_at": "Sat Aug 10 08:32:05 +0000 2024",
      "favorited": false,
      "full_text": "girls on cod are either getting carried or cheating, no in between",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1816818368364428832"
          ],
          "editableUntil": "2024-07-26T13:50:28.000Z",
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
            "name": "josh",
            "screen_name": "jxsh_m",
            "indices": [
              "0",
              "7"
            ],
            "id_str": "855247394113310543",
            "id": "855247394113310543"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "8",
        "39"
      ],
      "favorite_count": "1",
      "id_str": "1816818368364428832",
      "truncated": false,
      "retweet_count": "0",
      "id": "1816818368364428832",
      "created_at": "Fri Jul 26 12:50:28 +0000 2024",
      "favorited": false,
      "full_text": "@jxsh_m gg tonight bro, same time tmrw?",
      "lang": "en",
      "in_reply_to_status_id_str": "1816795268633941419",
      "in_reply_to_status_id": "1816795268633941419",
      "in_reply_to_user_id": "855247394113310543",
      "in_reply_to_user_id_str": "855247394113310543",
      "in_reply_to_screen_name": "jxsh_m"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1806723126680601960"
          ],
          "editableUntil": "2024-06-28T17:15:35.000Z",
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
      "id_str": "1806723126680601960",
      "truncated": false,
      "retweet_count": "0",
      "id": "1806723126680601960",
      "created_at": "Fri Jun 28 16:15:35 +0000 2024",
      "favorited": false,
      "full_text": "leeds at 6am in the rain, stunning as always ☔",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1804507163087277376"
          ],
          "editableUntil": "2024-06-22T14:30:08.000Z",
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
      "id_str": "1804507163087277376",
      "truncated": false,
      "retweet_count": "0",
      "id": "1804507163087277376",
      "created_at": "Sat Jun 22 13:30:08 +0000 2024",
      "favorited": false,
      "full_text": "my grandads got a cockapoo called biscuit and she runs that house",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1803361271826544211"
          ],
          "editableUntil": "2024-06-19T10:36:46.000Z",
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
        "135"
      ],
      "favorite_count": "5",
      "id_str": "1803361271826544211",
      "truncated": false,
      "retweet_count": "0",
      "id": "1803361271826544211",
      "created_at": "Wed Jun 19 09:36:46 +0000 2024",
      "favorited": false,
      "full_text": "love how head office sends a \"thank you for all your hard work\" email and a free doughnut instead of a pay rise. truly one big family 🙏",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1800444942194732113"
          ],
          "editableUntil": "2024-06-11T09:28:19.000Z",
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
      "id_str": "1800444942194732113",
      "truncated": false,
      "retweet_count": "0",
      "id": "1800444942194732113",
      "created_at": "Tue Jun 11 08:28:19 +0000 2024",
      "favorited": false,
      "full_text": "manager said i \"lack initiative\". mate you pay me £11.44 an hour, the only thing i lack is money",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1796501078775703887"
          ],
          "editableUntil": "2024-05-31T12:16:49.000Z",
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
      "favorite_count": "27",
      "id_str": "1796501078775703887",
      "truncated": false,
      "retweet_count": "0",
      "id": "1796501078775703887",
      "created_at": "Fri May 31 11:16:49 +0000 2024",
      "favorited": false,
      "full_text": "girls who post their cod setup with their thighs in the pic &gt;&gt;&gt; 🥵",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1793679882347372500"
          ],
          "editableUntil": "2024-05-23T17:26:23.000Z",
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
      "id_str": "1793679882347372500",
      "truncated": false,
      "retweet_count": "0",
      "id": "1793679882347372500",
      "created_at": "Thu May 23 16:26:23 +0000 2024",
      "favorited": false,
      "full_text": "got a lock knife off a lad at work for a tenner, easier than ordering one online with all the ID check nonsense",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1787880750323882789"
          ],
          "editableUntil": "2024-05-07T17:22:42.000Z",
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
      "favorite_count": "8",
      "id_str": "1787880750323882789",
      "truncated": false,
      "retweet_count": "0",
      "id": "1787880750323882789",
      "created_at": "Tue May 07 16:22:42 +0000 2024",
      "favorited": false,
      "full_text": "nothing says romance like a meal deal and a quick one in the back of the corsa 😏",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1784149042219785499"
          ],
          "editableUntil": "2024-04-27T10:14:14.000Z",
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
      "favorite_count": "0",
      "id_str": "1784149042219785499",
      "truncated": false,
      "retweet_count": "0",
      "id": "1784149042219785499",
      "created_at": "Sat Apr 27 09:14:14 +0000 2024",
      "favorited": false,
      "full_text": "the salad section every sunday evening looks like a crime scene",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1783856842015976672"
          ],
          "editableUntil": "2024-04-26T14:53:08.000Z",
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
      "favorite_count": "5",
      "id_str": "1783856842015976672",
      "truncated": false,
      "retweet_count": "0",
      "id": "1783856842015976672",
      "created_at": "Fri Apr 26 13:53:08 +0000 2024",
      "favorited": false,
      "full_text": "not being funny but when anyone from the gipton estate walks in, security follows them round. and theres a reason for that",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1781955490641100596"
          ],
          "editableUntil": "2024-04-21T08:57:50.000Z",
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
      "favorite_count": "14",
      "id_str": "1781955490641100596",
      "truncated": false,
      "retweet_count": "0",
      "id": "1781955490641100596",
      "created_at": "Sun Apr 21 07:57:50 +0000 2024",
      "favorited": false,
      "full_text": "not paid for a meal deal since april, the self checkout cant tell a chicken wrap from a banana 🍌",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1780354079890034129"
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
        "92"
      ],
      "favorite_count": "27",
      "id_str": "1780354079890034129",
      "truncated": false,
      "retweet_count": "0",
      "id": "1780354079890034129",
      "created_at": "Tue Apr 16 21:54:24 +0000 2024",
      "favorited": false,
      "full_text": "spent the whole shift restocking the beer &amp; wine aisle, the stella pallet nearly took me out",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1780147363806778860"
          ],
          "editableUntil": "2024-04-16T09:12:59.000Z",
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
      "favorite_count": "14",
      "id_str": "1780147363806778860",
      "truncated": false,
      "retweet_count": "0",
      "id": "1780147363806778860",
      "created_at": "Tue Apr 16 08:12:59 +0000 2024",
      "favorited": false,
      "full_text": "f*cking hell the self checkout beeping lives in my head rent free now",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1771833948234511016"
          ],
          "editableUntil": "2024-03-24T10:38:26.000Z",
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
      "id_str": "1771833948234511016",
      "truncated": false,
      "retweet_count": "0",
      "id": "1771833948234511016",
      "created_at": "Sun Mar 24 09:38:26 +0000 2024",
      "favorited": false,
      "full_text": "lost the police on the moped through roundhay park, no plates no problem 😂",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1767688092700531511"
          ],
          "editableUntil": "2024-03-13T00:04:18.000Z",
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
            "name": "josh",
            "screen_name": "jxsh_m",
            "indices": [
              "0",
              "7"
            ],
            "id_str": "855247394113310543",
            "id": "855247394113310543"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "8",
        "86"
      ],
      "favorite_count": "3",
      "id_str": "1767688092700531511",
      "truncated": false,
      "retweet_count": "0",
      "id": "1767688092700531511",
      "created_at": "Tue Mar 12 23:04:18 +0000 2024",
      "favorited": false,
      "full_text": "@jxsh_m lost 4 games in a row to the same sweaty 12 yr old, stfu already kid go to bed",
      "lang": "en",
      "in_reply_to_status_id_str": "1767661385967015179",
      "in_reply_to_status_id": "1767661385967015179",
      "in_reply_to_user_id": "855247394113310543",
      "in_reply_to_user_id_str": "855247394113310543",
      "in_reply_to_screen_name": "jxsh_m"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1767654731764674943"
          ],
          "editableUntil": "2024-03-12T21:51:44.000Z",
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
            "name": "Jess 🔞",
            "screen_name": "spicyjess_uk",
            "indices": [
              "3",
              "16"
            ],
            "id_str": "1466030990310526617",
            "id": "1466030990310526617"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "73"
      ],
      "favorite_count": "0",
      "id_str": "1767654731764674943",
      "truncated": false,
      "retweet_count": "76",
      "id": "1767654731764674943",
      "created_at": "Tue Mar 12 20:51:44 +0000 2024",
      "favorited": false,
      "full_text": "RT @spicyjess_uk: new set just dropped 🔞 link in bio for the full thing 💋",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1763594798846422752"
          ],
          "editableUntil": "2024-03-01T16:59:00.000Z",
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
      "favorite_count": "0",
      "id_str": "1763594798846422752",
      "truncated": false,
      "retweet_count": "0",
      "id": "1763594798846422752",
      "created_at": "Fri Mar 01 15:59:00 +0000 2024",
      "favorited": false,
      "full_text": "bottled it in the final circle, 1v1 and missed every shot. warzone humbles you",
      "lang": "en"
    }
  }
]