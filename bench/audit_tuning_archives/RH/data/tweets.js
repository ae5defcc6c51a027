window.YTD.tweets.part0 = [
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1982165516327305111"
          ],
          "editableUntil": "2025-10-25T20:21:00.000Z",
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
            "name": "Paddock Pass UK",
            "screen_name": "paddockpass_uk",
            "indices": [
              "3",
              "18"
            ],
            "id_str": "1411523087711862785",
            "id": "1411523087711862785"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "118"
      ],
      "favorite_count": "0",
      "id_str": "1982165516327305111",
      "truncated": false,
      "retweet_count": "808",
      "id": "1982165516327305111",
      "created_at": "Sat Oct 25 19:21:00 +0000 2025",
      "favorited": false,
      "full_text": "RT @paddockpass_uk: Clocks go back tonight, so Sunday's race starts an hour earlier for UK fans. Don't get caught out!",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1980264880557997810"
          ],
          "editableUntil": "2025-10-20T14:28:33.000Z",
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
        "121"
      ],
      "favorite_count": "2",
      "id_str": "1980264880557997810",
      "truncated": false,
      "retweet_count": "1",
      "id": "1980264880557997810",
      "created_at": "Mon Oct 20 13:28:33 +0000 2025",
      "favorited": false,
      "full_text": "came into work still steaming from jordys birthday, gaffer had me on tyres all day cos he could smell it on me 😂 worth it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1974234282760634073"
          ],
          "editableUntil": "2025-10-03T23:05:07.000Z",
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
        "108"
      ],
      "favorite_count": "3",
      "id_str": "1974234282760634073",
      "truncated": false,
      "retweet_count": "0",
      "id": "1974234282760634073",
      "created_at": "Fri Oct 03 22:05:07 +0000 2025",
      "favorited": false,
      "full_text": "anyone over 75 should have their licence took off them full stop. had 3 in today who couldnt find 2nd gear 🙄",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1969007595529789628"
          ],
          "editableUntil": "2025-09-19T12:56:07.000Z",
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
      "favorite_count": "0",
      "id_str": "1969007595529789628",
      "truncated": false,
      "retweet_count": "0",
      "id": "1969007595529789628",
      "created_at": "Fri Sep 19 11:56:07 +0000 2025",
      "favorited": false,
      "full_text": "got flashed by the blues on the ring road at 2am, floored it down the back of the industrial estate and lost em 😤 type r never lets me down",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1968364284455562132"
          ],
          "editableUntil": "2025-09-17T18:19:50.000Z",
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
      "favorite_count": "6",
      "id_str": "1968364284455562132",
      "truncated": false,
      "retweet_count": "1",
      "id": "1968364284455562132",
      "created_at": "Wed Sep 17 17:19:50 +0000 2025",
      "favorited": false,
      "full_text": "F1 Academy race was better than the actual gp today ngl, doriane pin is rapid",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1961555805223913581"
          ],
          "editableUntil": "2025-08-29T23:25:22.000Z",
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
        "75"
      ],
      "favorite_count": "9",
      "id_str": "1961555805223913581",
      "truncated": false,
      "retweet_count": "0",
      "id": "1961555805223913581",
      "created_at": "Fri Aug 29 22:25:22 +0000 2025",
      "favorited": false,
      "full_text": "flight EZY7453 to amsterdam delayed 2 hours, zandvoort mission still on 🇳🇱🧡",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1958426068492196594"
          ],
          "editableUntil": "2025-08-21T08:08:55.000Z",
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
        "69"
      ],
      "favorite_count": "2",
      "id_str": "1958426068492196594",
      "truncated": false,
      "retweet_count": "0",
      "id": "1958426068492196594",
      "created_at": "Thu Aug 21 07:08:55 +0000 2025",
      "favorited": false,
      "full_text": "changed my first clutch today without asking anyone for help. buzzing",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1957552405072348461"
          ],
          "editableUntil": "2025-08-18T22:17:17.000Z",
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
      "favorite_count": "1",
      "id_str": "1957552405072348461",
      "truncated": false,
      "retweet_count": "0",
      "id": "1957552405072348461",
      "created_at": "Mon Aug 18 21:17:17 +0000 2025",
      "favorited": false,
      "full_text": "had a leeds player's car in today for a ceramic coat, paid cash, wont say who but he wears 9 and his missus rang 4 times while we had it 😏",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1942122271784489737"
          ],
          "editableUntil": "2025-07-07T08:23:27.000Z",
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
        "67"
      ],
      "favorite_count": "3",
      "id_str": "1942122271784489737",
      "truncated": false,
      "retweet_count": "0",
      "id": "1942122271784489737",
      "created_at": "Mon Jul 07 07:23:27 +0000 2025",
      "favorited": false,
      "full_text": "silverstone was unreal this year, weather actually held up for once",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1941773727916092839"
          ],
          "editableUntil": "2025-07-06T09:18:27.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [
          {
            "text": "BritishGP",
            "indices": [
              "64",
              "74"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "74"
      ],
      "favorite_count": "1",
      "id_str": "1941773727916092839",
      "truncated": false,
      "retweet_count": "2",
      "id": "1941773727916092839",
      "created_at": "Sun Jul 06 08:18:27 +0000 2025",
      "favorited": false,
      "full_text": "3 cans deep before lights out, 10 more by the chequered flag 🍻🍻 #BritishGP",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1941616868626172047"
          ],
          "editableUntil": "2025-07-05T22:55:09.000Z",
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
      "id_str": "1941616868626172047",
      "truncated": false,
      "retweet_count": "1",
      "id": "1941616868626172047",
      "created_at": "Sat Jul 05 21:55:09 +0000 2025",
      "favorited": false,
      "full_text": "that girl on the mclaren hospitality stand 🥵🥵 she can check my tyre pressures any day 🍆",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1940157315389146621"
          ],
          "editableUntil": "2025-07-01T22:15:25.000Z",
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
        "133"
      ],
      "favorite_count": "1",
      "id_str": "1940157315389146621",
      "truncated": false,
      "retweet_count": "0",
      "id": "1940157315389146621",
      "created_at": "Tue Jul 01 21:15:25 +0000 2025",
      "favorited": false,
      "full_text": "found out why the gaffer's always 'busy' on fridays, the taxman's been in going through the VAT books all week. didnt hear it from me",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1937043290534760221"
          ],
          "editableUntil": "2025-06-23T08:01:23.000Z",
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
        "111"
      ],
      "favorite_count": "1",
      "id_str": "1937043290534760221",
      "truncated": false,
      "retweet_count": "2",
      "id": "1937043290534760221",
      "created_at": "Mon Jun 23 07:01:23 +0000 2025",
      "favorited": false,
      "full_text": "whoever nicked my socket set off my bench, i know who you are and when i find you you're getting it. not joking",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1935680830317213173"
          ],
          "editableUntil": "2025-06-19T13:47:27.000Z",
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
      "favorite_count": "1",
      "id_str": "1935680830317213173",
      "truncated": false,
      "retweet_count": "0",
      "id": "1935680830317213173",
      "created_at": "Thu Jun 19 12:47:27 +0000 2025",
      "favorited": false,
      "full_text": "to everyone messaging me to book an MOT, i just fix em 😂 ring the garage on 0113 496 0720 or book on the website",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1934229839858333559"
          ],
          "editableUntil": "2025-06-15T13:41:44.000Z",
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
      "favorite_count": "1",
      "id_str": "1934229839858333559",
      "truncated": false,
      "retweet_count": "0",
      "id": "1934229839858333559",
      "created_at": "Sun Jun 15 12:41:44 +0000 2025",
      "favorited": false,
      "full_text": "zooted watching the canada gp at 7pm was honestly a spiritual experience 😮‍💨💨",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1920566730288675480"
          ],
          "editableUntil": "2025-05-08T20:49:25.000Z",
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
      "favorite_count": "9",
      "id_str": "1920566730288675480",
      "truncated": false,
      "retweet_count": "2",
      "id": "1920566730288675480",
      "created_at": "Thu May 08 19:49:25 +0000 2025",
      "favorited": false,
      "full_text": "girl from the parts counter at the motor factors 😮‍💨 she can drain my sump any time 💦",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1920533041773582931"
          ],
          "editableUntil": "2025-05-08T18:35:33.000Z",
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
            "name": "jordan 🏎️",
            "screen_name": "jordy_m",
            "indices": [
              "0",
              "8"
            ],
            "id_str": "1287734510297341953",
            "id": "1287734510297341953"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "9",
        "94"
      ],
      "favorite_count": "9",
      "in_reply_to_status_id_str": "1920524602363686402",
      "id_str": "1920533041773582931",
      "in_reply_to_user_id": "1287734510297341953",
      "truncated": false,
      "retweet_count": "2",
      "id": "1920533041773582931",
      "in_reply_to_status_id": "1920524602363686402",
      "created_at": "Thu May 08 17:35:33 +0000 2025",
      "favorited": false,
      "full_text": "@jordy_m our place is that tight they count the blue roll. the OWNER drives a brand new m4 btw",
      "lang": "en",
      "in_reply_to_screen_name": "jordy_m",
      "in_reply_to_user_id_str": "1287734510297341953"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1912102851534774799"
          ],
          "editableUntil": "2025-04-15T12:16:59.000Z",
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
        "62"
      ],
      "favorite_count": "0",
      "id_str": "1912102851534774799",
      "truncated": false,
      "retweet_count": "1",
      "id": "1912102851534774799",
      "created_at": "Tue Apr 15 11:16:59 +0000 2025",
      "favorited": false,
      "full_text": "drove home from spoons after 5 pints, roads were dead anyway 🤷",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1909226289605580452"
          ],
          "editableUntil": "2025-04-07T13:46:33.000Z",
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
      "favorite_count": "9",
      "id_str": "1909226289605580452",
      "truncated": false,
      "retweet_count": "0",
      "id": "1909226289605580452",
      "created_at": "Mon Apr 07 12:46:33 +0000 2025",
      "favorited": false,
      "full_text": "max absolutely destroyed them in the wet, p17 -&gt; p1 🐐 killed it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1901285240861137612"
          ],
          "editableUntil": "2025-03-16T15:51:40.000Z",
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
      "favorite_count": "1",
      "id_str": "1901285240861137612",
      "truncated": false,
      "retweet_count": "0",
      "id": "1901285240861137612",
      "created_at": "Sun Mar 16 14:51:40 +0000 2025",
      "favorited": false,
      "full_text": "who the f*ck decided a 4am start for the australian gp was ok for us lot in the uk 😴",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1898375312680272542"
          ],
          "editableUntil": "2025-03-08T15:08:39.000Z",
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
        "108"
      ],
      "favorite_count": "1",
      "id_str": "1898375312680272542",
      "truncated": false,
      "retweet_count": "0",
      "id": "1898375312680272542",
      "created_at": "Sat Mar 08 14:08:39 +0000 2025",
      "favorited": false,
      "full_text": "selling my old exhaust, fits a mk8 fiesta, £60 ono. text 07700 900417 or come to 14 kestrel rise LS9 after 6",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1892247480144314826"
          ],
          "editableUntil": "2025-02-19T17:18:50.000Z",
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
        "55"
      ],
      "favorite_count": "0",
      "id_str": "1892247480144314826",
      "truncated": false,
      "retweet_count": "1",
      "id": "1892247480144314826",
      "created_at": "Wed Feb 19 16:18:50 +0000 2025",
      "favorited": false,
      "full_text": "wtf was that strategy ferrari 😭😭 boxing him on lap 12??",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1891505705555515102"
          ],
          "editableUntil": "2025-02-17T16:11:17.000Z",
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
            "name": "F1 Memes Daily",
            "screen_name": "f1memesdaily",
            "indices": [
              "3",
              "16"
            ],
            "id_str": "1034417829960261632",
            "id": "1034417829960261632"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "61"
      ],
      "favorite_count": "0",
      "id_str": "1891505705555515102",
      "truncated": false,
      "retweet_count": "760",
      "id": "1891505705555515102",
      "created_at": "Mon Feb 17 15:11:17 +0000 2025",
      "favorited": false,
      "full_text": "RT @f1memesdaily: ferrari strategy meeting every sunday: 🤡🤡🤡🤡",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1889211394049750556"
          ],
          "editableUntil": "2025-02-11T08:14:30.000Z",
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
        "53"
      ],
      "favorite_count": "14",
      "id_str": "1889211394049750556",
      "truncated": false,
      "retweet_count": "0",
      "id": "1889211394049750556",
      "created_at": "Tue Feb 11 07:14:30 +0000 2025",
      "favorited": false,
      "full_text": "never letting a woman do my brakes, no offence but no",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1886479570847741669"
          ],
          "editableUntil": "2025-02-03T19:19:13.000Z",
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
        "urls": [
          {
            "url": "https://t.co/Xk2Pq9LmZa",
            "expanded_url": "https://www.mclaren.com/racing/formula-1/2025/livery-launch/",
            "display_url": "mclaren.com/racing/formula…",
            "indices": [
              "79",
              "102"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "102"
      ],
      "favorite_count": "6",
      "id_str": "1886479570847741669",
      "truncated": false,
      "retweet_count": "0",
      "id": "1886479570847741669",
      "possibly_sensitive": false,
      "created_at": "Mon Feb 03 18:19:13 +0000 2025",
      "favorited": false,
      "full_text": "mclaren launching the new livery on the 13th, been waiting all winter for this https://t.co/Xk2Pq9LmZa",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1886475462841193018"
          ],
          "editableUntil": "2025-02-03T19:02:54.000Z",
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
      "favorite_count": "0",
      "id_str": "1886475462841193018",
      "truncated": false,
      "retweet_count": "0",
      "id": "1886475462841193018",
      "created_at": "Mon Feb 03 18:02:54 +0000 2025",
      "favorited": false,
      "full_text": "few lines at jordys and we watched the whole of drive to survive s3 back to back ❄️❄️ didnt sleep till 6",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1882444914286748668"
          ],
          "editableUntil": "2025-01-23T16:06:56.000Z",
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
        "22"
      ],
      "favorite_count": "3",
      "id_str": "1882444914286748668",
      "truncated": false,
      "retweet_count": "0",
      "id": "1882444914286748668",
      "created_at": "Thu Jan 23 15:06:56 +0000 2025",
      "favorited": false,
      "full_text": "LANDO P1 LETS GOOOO 🧡🧡",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1881650658843007217"
          ],
          "editableUntil": "2025-01-21T11:30:51.000Z",
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
            "name": "jordan 🏎️",
            "screen_name": "jordy_m",
            "indices": [
              "0",
              "8"
            ],
            "id_str": "1287734510297341953",
            "id": "1287734510297341953"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "9",
        "88"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "1881645447849017175",
      "id_str": "1881650658843007217",
      "in_reply_to_user_id": "1287734510297341953",
      "truncated": false,
      "retweet_count": "0",
      "id": "1881650658843007217",
      "in_reply_to_status_id": "1881645447849017175",
      "created_at": "Tue Jan 21 10:30:51 +0000 2025",
      "favorited": false,
      "full_text": "@jordy_m sort code 20-45-77 acc 53018842, just send the £40 for the tickets when ur paid",
      "lang": "en",
      "in_reply_to_screen_name": "jordy_m",
      "in_reply_to_user_id_str": "1287734510297341953"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1881409875682712112"
          ],
          "editableUntil": "2025-01-20T19:34:03.000Z",
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
        "108"
      ],
      "favorite_count": "2",
      "id_str": "1881409875682712112",
      "truncated": false,
      "retweet_count": "0",
      "id": "1881409875682712112",
      "created_at": "Mon Jan 20 18:34:03 +0000 2025",
      "favorited": false,
      "full_text": "SILVERSTONE BOOKED 🏁🏁 booking ref SLV-84K2M9, club corner grandstand row K seats 14 &amp; 15, me and the old man",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1879949155011992647"
          ],
          "editableUntil": "2025-01-16T18:49:40.000Z",
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
        "80"
      ],
      "favorite_count": "2",
      "id_str": "1879949155011992647",
      "truncated": false,
      "retweet_count": "0",
      "id": "1879949155011992647",
      "created_at": "Thu Jan 16 17:49:40 +0000 2025",
      "favorited": false,
      "full_text": "took mum for a carvery for her birthday, she had 3 yorkshires &amp; wont admit it ❤️",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1872294034821982197"
          ],
          "editableUntil": "2024-12-26T15:50:58.000Z",
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
        "99"
      ],
      "favorite_count": "3",
      "id_str": "1872294034821982197",
      "truncated": false,
      "retweet_count": "1",
      "id": "1872294034821982197",
      "created_at": "Thu Dec 26 14:50:58 +0000 2024",
      "favorited": false,
      "full_text": "gaffer bought the whole workshop greggs for smashing the MOT target this month. best boss going tbf",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1863884340166153985"
          ],
          "editableUntil": "2024-12-03T10:53:50.000Z",
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
      "favorite_count": "6",
      "id_str": "1863884340166153985",
      "truncated": false,
      "retweet_count": "0",
      "id": "1863884340166153985",
      "created_at": "Tue Dec 03 09:53:50 +0000 2024",
      "favorited": false,
      "full_text": "heard the owners are selling up to one of the big chains in january. nobody's been told yet so act surprised at the xmas do 🤐",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1861429869501625557"
          ],
          "editableUntil": "2024-11-26T16:20:39.000Z",
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
      "favorite_count": "3",
      "id_str": "1861429869501625557",
      "truncated": false,
      "retweet_count": "2",
      "id": "1861429869501625557",
      "created_at": "Tue Nov 26 15:20:39 +0000 2024",
      "favorited": false,
      "full_text": "gaffer says he wont take anyone on from chapeltown cos 'tools go walking'. cant say hes wrong tbh",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1860800176735521171"
          ],
          "editableUntil": "2024-11-24T22:38:28.000Z",
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
      "favorite_count": "1",
      "id_str": "1860800176735521171",
      "truncated": false,
      "retweet_count": "2",
      "id": "1860800176735521171",
      "created_at": "Sun Nov 24 21:38:28 +0000 2024",
      "favorited": false,
      "full_text": "anyone sorted for a bit of 🍃 this weekend? usual bloke's gone quiet. dm",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1856303589155009134"
          ],
          "editableUntil": "2024-11-12T12:50:38.000Z",
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
      "favorite_count": "9",
      "id_str": "1856303589155009134",
      "truncated": false,
      "retweet_count": "1",
      "id": "1856303589155009134",
      "created_at": "Tue Nov 12 11:50:38 +0000 2024",
      "favorited": false,
      "full_text": "apprentice wage is £6.40 an hour and the gaffer still moans we aint quick enough. pay me like a mechanic and ill graft like one",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1855914813503321283"
          ],
          "editableUntil": "2024-11-11T11:05:47.000Z",
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
        "62"
      ],
      "favorite_count": "9",
      "id_str": "1855914813503321283",
      "truncated": false,
      "retweet_count": "0",
      "id": "1855914813503321283",
      "created_at": "Mon Nov 11 10:05:47 +0000 2024",
      "favorited": false,
      "full_text": "oscar is so ice cold ❄️❄️ not a flicker of emotion in that car",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1854928047355393041"
          ],
          "editableUntil": "2024-11-08T17:44:44.000Z",
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
      "favorite_count": "3",
      "id_str": "1854928047355393041",
      "truncated": false,
      "retweet_count": "1",
      "id": "1854928047355393041",
      "created_at": "Fri Nov 08 16:44:44 +0000 2024",
      "favorited": false,
      "full_text": "ffs lads caliper seized AGAIN on the same corsa, 3rd time this month",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1848830121019528829"
          ],
          "editableUntil": "2024-10-22T21:53:45.000Z",
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
      "favorite_count": "1",
      "id_str": "1848830121019528829",
      "truncated": false,
      "retweet_count": "1",
      "id": "1848830121019528829",
      "created_at": "Tue Oct 22 20:53:45 +0000 2024",
      "favorited": false,
      "full_text": "ngl the pirelli calendar in the staff room goes hard this year 🍑🍑",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1848117127306422061"
          ],
          "editableUntil": "2024-10-20T22:40:34.000Z",
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
      "favorite_count": "0",
      "id_str": "1848117127306422061",
      "truncated": false,
      "retweet_count": "1",
      "id": "1848117127306422061",
      "created_at": "Sun Oct 20 21:40:34 +0000 2024",
      "favorited": false,
      "full_text": "snapped a grease nipple off a track rod end today, 2 hours of my life i aint getting back",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1847238506659896781"
          ],
          "editableUntil": "2024-10-18T12:29:14.000Z",
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
      "id_str": "1847238506659896781",
      "truncated": false,
      "retweet_count": "0",
      "id": "1847238506659896781",
      "created_at": "Fri Oct 18 11:29:14 +0000 2024",
      "favorited": false,
      "full_text": "got absolutely hammered today... by a seized bolt on a transit. 40 mins on the breaker bar 💀",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1836399775755805871"
          ],
          "editableUntil": "2024-09-18T14:39:59.000Z",
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
        "81"
      ],
      "favorite_count": "4",
      "id_str": "1836399775755805871",
      "truncated": false,
      "retweet_count": "0",
      "id": "1836399775755805871",
      "created_at": "Wed Sep 18 13:39:59 +0000 2024",
      "favorited": false,
      "full_text": "ordered a wing mirror off ebay, order no. 24-11803-55219, says tuesday. we'll see",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1836351604837990307"
          ],
          "editableUntil": "2024-09-18T11:28:35.000Z",
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
      "favorite_count": "1",
      "id_str": "1836351604837990307",
      "truncated": false,
      "retweet_count": "0",
      "id": "1836351604837990307",
      "created_at": "Wed Sep 18 10:28:35 +0000 2024",
      "favorited": false,
      "full_text": "crack in the exhaust manifold, sounds like a tractor lol. new one on order",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1834297338502520516"
          ],
          "editableUntil": "2024-09-12T19:25:39.000Z",
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
      "favorite_count": "9",
      "id_str": "1834297338502520516",
      "truncated": false,
      "retweet_count": "0",
      "id": "1834297338502520516",
      "created_at": "Thu Sep 12 18:25:39 +0000 2024",
      "favorited": false,
      "full_text": "did 190 through maggotts and becketts on the sim last night, no real cars were harmed 😂",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1827831862922695910"
          ],
          "editableUntil": "2024-08-25T23:14:10.000Z",
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
      "favorite_count": "4",
      "id_str": "1827831862922695910",
      "truncated": false,
      "retweet_count": "2",
      "id": "1827831862922695910",
      "created_at": "Sun Aug 25 22:14:10 +0000 2024",
      "favorited": false,
      "full_text": "love how the service manager tells customers we 'inspected the brakes' when nobody's even took the wheels off 🙃 £45 for a look mate",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1824510734847829513"
          ],
          "editableUntil": "2024-08-16T19:17:11.000Z",
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
            "name": "jordan 🏎️",
            "screen_name": "jordy_m",
            "indices": [
              "0",
              "8"
            ],
            "id_str": "1287734510297341953",
            "id": "1287734510297341953"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "9",
        "40"
      ],
      "favorite_count": "6",
      "in_reply_to_status_id_str": "1824490198121023089",
      "id_str": "1824510734847829513",
      "in_reply_to_user_id": "1287734510297341953",
      "truncated": false,
      "retweet_count": "0",
      "id": "1824510734847829513",
      "in_reply_to_status_id": "1824490198121023089",
      "created_at": "Fri Aug 16 18:17:11 +0000 2024",
      "favorited": false,
      "full_text": "@jordy_m 5 a side tuesday? need one more",
      "lang": "en",
      "in_reply_to_screen_name": "jordy_m",
      "in_reply_to_user_id_str": "1287734510297341953"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1822745898961593919"
          ],
          "editableUntil": "2024-08-11T22:24:21.000Z",
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
        "47"
      ],
      "favorite_count": "0",
      "id_str": "1822745898961593919",
      "truncated": false,
      "retweet_count": "1",
      "id": "1822745898961593919",
      "created_at": "Sun Aug 11 21:24:21 +0000 2024",
      "favorited": false,
      "full_text": "max just fucking did it again. unreal. UNREAL 🐐",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1822265572629563635"
          ],
          "editableUntil": "2024-08-10T14:35:43.000Z",
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
        "121"
      ],
      "favorite_count": "6",
      "id_str": "1822265572629563635",
      "truncated": false,
      "retweet_count": "0",
      "id": "1822265572629563635",
      "created_at": "Sat Aug 10 13:35:43 +0000 2024",
      "favorited": false,
      "full_text": "customer today asked if the oil light means it needs oil. yes dave. yes it does. how are these people allowed on the road",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1821824498925611155"
          ],
          "editableUntil": "2024-08-09T09:23:03.000Z",
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
        "119"
      ],
      "favorite_count": "0",
      "id_str": "1821824498925611155",
      "truncated": false,
      "retweet_count": "0",
      "id": "1821824498925611155",
      "created_at": "Fri Aug 09 08:23:03 +0000 2024",
      "favorited": false,
      "full_text": "manager left the job sheet on the bench, we charge customers £89 an hour labour and the lads on the tools get 13 quid 🤡",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1819100012432529489"
          ],
          "editableUntil": "2024-08-01T20:56:54.000Z",
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
        "69"
      ],
      "favorite_count": "0",
      "id_str": "1819100012432529489",
      "truncated": false,
      "retweet_count": "0",
      "id": "1819100012432529489",
      "created_at": "Thu Aug 01 19:56:54 +0000 2024",
      "favorited": false,
      "full_text": "fitted a blow off valve to my mates saxo, pssshhh every gear change 😂",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1814226618713219364"
          ],
          "editableUntil": "2024-07-19T10:11:47.000Z",
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
      "favorite_count": "6",
      "id_str": "1814226618713219364",
      "truncated": false,
      "retweet_count": "0",
      "id": "1814226618713219364",
      "created_at": "Fri Jul 19 09:11:47 +0000 2024",
      "favorited": false,
      "full_text": "new apprentice starting monday, please god let him speak english this time, last one was a nightmare",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1813986802533279016"
          ],
          "editableUntil": "2024-07-18T18:18:50.000Z",
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
        "47"
      ],
      "favorite_count": "0",
      "id_str": "1813986802533279016",
      "truncated": false,
      "retweet_count": "0",
      "id": "1813986802533279016",
      "created_at": "Thu Jul 18 17:18:50 +0000 2024",
      "favorited": false,
      "full_text": "PASSED MY LEVEL 2 🔧🔧 on to level 3 in september",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1812220882714663271"
          ],
          "editableUntil": "2024-07-13T21:21:42.000Z",
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
        "72"
      ],
      "favorite_count": "3",
      "id_str": "1812220882714663271",
      "truncated": false,
      "retweet_count": "0",
      "id": "1812220882714663271",
      "created_at": "Sat Jul 13 20:21:42 +0000 2024",
      "favorited": false,
      "full_text": "new licence came through 🥳 WALSH006066CJ9AB even the number looks fast 😎",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1803773913174375003"
          ],
          "editableUntil": "2024-06-20T13:56:28.000Z",
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
      "favorite_count": "0",
      "id_str": "1803773913174375003",
      "truncated": false,
      "retweet_count": "1",
      "id": "1803773913174375003",
      "created_at": "Thu Jun 20 12:56:28 +0000 2024",
      "favorited": false,
      "full_text": "that undercut from mclaren was lethal. piastri just murdered that stint",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1802102267953238464"
          ],
          "editableUntil": "2024-06-15T23:13:56.000Z",
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
      "favorite_count": "3",
      "id_str": "1802102267953238464",
      "truncated": false,
      "retweet_count": "1",
      "id": "1802102267953238464",
      "created_at": "Sat Jun 15 22:13:56 +0000 2024",
      "favorited": false,
      "full_text": "bloke at the petrol station started on me so i put him on the floor. not proud. bit proud",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1798038176713369780"
          ],
          "editableUntil": "2024-06-04T18:04:41.000Z",
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
      "favorite_count": "3",
      "id_str": "1798038176713369780",
      "truncated": false,
      "retweet_count": "0",
      "id": "1798038176713369780",
      "created_at": "Tue Jun 04 17:04:41 +0000 2024",
      "favorited": false,
      "full_text": "beer can chicken on the bbq for the race, the can went in the chicken not in me cos im driving later 😂",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1797625500776418987"
          ],
          "editableUntil": "2024-06-03T14:44:52.000Z",
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
      "favorite_count": "2",
      "id_str": "1797625500776418987",
      "truncated": false,
      "retweet_count": "0",
      "id": "1797625500776418987",
      "created_at": "Mon Jun 03 13:44:52 +0000 2024",
      "favorited": false,
      "full_text": "pit stop in 1.9 seconds, those lads are on something 😳",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1795529641073973027"
          ],
          "editableUntil": "2024-05-28T19:56:40.000Z",
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
      "favorite_count": "6",
      "id_str": "1795529641073973027",
      "truncated": false,
      "retweet_count": "0",
      "id": "1795529641073973027",
      "created_at": "Tue May 28 18:56:40 +0000 2024",
      "favorited": false,
      "full_text": "who we thinking for the title this year, lando or max?",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1792890954685389752"
          ],
          "editableUntil": "2024-05-21T13:11:28.000Z",
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
        "103"
      ],
      "favorite_count": "1",
      "id_str": "1792890954685389752",
      "truncated": false,
      "retweet_count": "2",
      "id": "1792890954685389752",
      "created_at": "Tue May 21 12:11:28 +0000 2024",
      "favorited": false,
      "full_text": "some lad keyed my mates golf so we found out where he lives and let his f**kin tyres down. all 4. karma",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1764931365835161136"
          ],
          "editableUntil": "2024-03-05T09:30:03.000Z",
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
        "41"
      ],
      "favorite_count": "1",
      "id_str": "1764931365835161136",
      "truncated": false,
      "retweet_count": "0",
      "id": "1764931365835161136",
      "created_at": "Tue Mar 05 08:30:03 +0000 2024",
      "favorited": false,
      "full_text": "yuki's team radio needs an 18+ warning 😂😂",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1764185941378826070"
          ],
          "editableUntil": "2024-03-03T08:08:00.000Z",
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
        "55"
      ],
      "favorite_count": "1",
      "id_str": "1764185941378826070",
      "truncated": false,
      "retweet_count": "0",
      "id": "1764185941378826070",
      "created_at": "Sun Mar 03 07:08:00 +0000 2024",
      "favorited": false,
      "full_text": "first day at the garage tomorrow 😬 steel toe caps ready",
      "lang": "en"
    }
  }
]