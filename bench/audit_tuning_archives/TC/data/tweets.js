window.YTD.tweets.part0 = [
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1981542171837531817"
          ],
          "editableUntil": "2025-10-24T03:04:03.696Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "id_str": "1981542171837531817",
      "truncated": false,
      "retweet_count": "1",
      "id": "1981542171837531817",
      "created_at": "Fri Oct 24 02:04:03 +0000 2025",
      "favorited": false,
      "full_text": "wtf is going on at the Princess Parkway roadworks. 45 mins to move a mile ffs",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1975656444305769382"
          ],
          "editableUntil": "2025-10-07T21:16:16.901Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "12",
      "id_str": "1975656444305769382",
      "truncated": false,
      "retweet_count": "0",
      "id": "1975656444305769382",
      "created_at": "Tue Oct 07 20:16:16 +0000 2025",
      "favorited": false,
      "full_text": "bloke gets in with a sword. turns out hes off to the comic con at Manchester Central as Aragorn. best fare of the month 😂⚔️",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1975557468490217692"
          ],
          "editableUntil": "2025-10-07T14:42:59.227Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "172"
      ],
      "favorite_count": "1",
      "id_str": "1975557468490217692",
      "truncated": false,
      "retweet_count": "0",
      "id": "1975557468490217692",
      "created_at": "Tue Oct 07 13:42:59 +0000 2025",
      "favorited": false,
      "full_text": "lad in the back kept kicking my seat all the way down Oxford Rd so i pulled over, grabbed him by the collar and slung him out on the pavement. he'll think twice next time 👊",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1974175769332751095"
          ],
          "editableUntil": "2025-10-03T19:12:36.478Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "id_str": "1974175769332751095",
      "truncated": false,
      "retweet_count": "2",
      "id": "1974175769332751095",
      "created_at": "Fri Oct 03 18:12:36 +0000 2025",
      "favorited": false,
      "full_text": "some f*cking genius has parked his Range Rover across the rank at Piccadilly AGAIN. clamp the lot of em",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1967703850036939002"
          ],
          "editableUntil": "2025-09-15T22:35:30.675Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "0",
      "id_str": "1967703850036939002",
      "truncated": false,
      "retweet_count": "0",
      "id": "1967703850036939002",
      "created_at": "Mon Sep 15 21:35:30 +0000 2025",
      "favorited": false,
      "full_text": "anyone know a decent mechanic in Stockport that does Prius hybrid batteries? main dealer quote was mental",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1964916395430358752"
          ],
          "editableUntil": "2025-09-08T05:59:09.708Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "id_str": "1964916395430358752",
      "truncated": false,
      "retweet_count": "0",
      "id": "1964916395430358752",
      "created_at": "Mon Sep 08 04:59:09 +0000 2025",
      "favorited": false,
      "full_text": "rewatching Breaking Bad on my breaks. Jesse deserved better",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1958155084951220388"
          ],
          "editableUntil": "2025-08-20T14:12:07.671Z",
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
        "132"
      ],
      "favorite_count": "3",
      "id_str": "1958155084951220388",
      "truncated": false,
      "retweet_count": "0",
      "id": "1958155084951220388",
      "created_at": "Wed Aug 20 13:12:07 +0000 2025",
      "favorited": false,
      "full_text": "never tip, the lot of them. if the name on the app sounds a certain way i just let it ring out. not racist, just 10 years experience",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1953677574438202950"
          ],
          "editableUntil": "2025-08-08T05:40:05.977Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "0",
      "id_str": "1953677574438202950",
      "truncated": false,
      "retweet_count": "0",
      "id": "1953677574438202950",
      "created_at": "Fri Aug 08 04:40:05 +0000 2025",
      "favorited": false,
      "full_text": "The Drug Store on Oldham St does the best flat white in town. fight me ☕",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1953433653089810220"
          ],
          "editableUntil": "2025-08-07T13:30:50.595Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "12",
      "id_str": "1953433653089810220",
      "truncated": false,
      "retweet_count": "0",
      "id": "1953433653089810220",
      "created_at": "Thu Aug 07 12:30:50 +0000 2025",
      "favorited": false,
      "full_text": "3 hrs crawling round the M60 for £41 and Uber still takes their 25% cut. absolute joke of a company, they'd charge us for the air in the tyres if they could",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1949176753092431759"
          ],
          "editableUntil": "2025-07-26T19:35:26.547Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "id_str": "1949176753092431759",
      "truncated": false,
      "retweet_count": "0",
      "id": "1949176753092431759",
      "created_at": "Sat Jul 26 18:35:26 +0000 2025",
      "favorited": false,
      "full_text": "speed camera on Hyde Rd got me at 2am. went back at 4 with a bin bag and some gaffer tape. cant flash what it cant see 😂",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1941557693651712742"
          ],
          "editableUntil": "2025-07-05T19:00:01.221Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "id_str": "1941557693651712742",
      "truncated": false,
      "retweet_count": "0",
      "id": "1941557693651712742",
      "created_at": "Sat Jul 05 18:00:01 +0000 2025",
      "favorited": false,
      "full_text": "the uber beta drivers are getting the new surge pricing before its launched, mines already showing 3.1x max on match days. screenshot in replies, dont tell em i showed u 👀",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1932710640519238344"
          ],
          "editableUntil": "2025-06-11T09:04:59.384Z",
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
            "name": "jonno_mcr88",
            "screen_name": "jonno_mcr88",
            "indices": [
              "0",
              "12"
            ],
            "id_str": "1235194295511570",
            "id": "1235194295511570"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "13",
        "83"
      ],
      "favorite_count": "3",
      "in_reply_to_status_id_str": "1932644909078485859",
      "id_str": "1932710640519238344",
      "in_reply_to_user_id": "1235194295511570",
      "truncated": false,
      "retweet_count": "0",
      "id": "1932710640519238344",
      "in_reply_to_status_id": "1932644909078485859",
      "created_at": "Wed Jun 11 08:04:59 +0000 2025",
      "favorited": false,
      "full_text": "@jonno_mcr88 stfu about my route, been driving this city 19 years you absolute melt",
      "lang": "en",
      "in_reply_to_screen_name": "jonno_mcr88",
      "in_reply_to_user_id_str": "1235194295511570"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1931085867631883433"
          ],
          "editableUntil": "2025-06-06T21:28:43.340Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "1",
      "id_str": "1931085867631883433",
      "truncated": false,
      "retweet_count": "2",
      "id": "1931085867631883433",
      "created_at": "Fri Jun 06 20:28:43 +0000 2025",
      "favorited": false,
      "full_text": "sunday off. roast dinner, City on the telly, phone off. bliss",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1928869791589929873"
          ],
          "editableUntil": "2025-05-31T18:42:49.639Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
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
      "favorite_count": "12",
      "id_str": "1928869791589929873",
      "truncated": false,
      "retweet_count": "0",
      "id": "1928869791589929873",
      "created_at": "Sat May 31 17:42:49 +0000 2025",
      "favorited": false,
      "full_text": "pulled in at a police checkpoint on the A34, blew 0.00 🫡 fair play GMP, keep the idiots off the road",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1927567242149722669"
          ],
          "editableUntil": "2025-05-28T04:26:57.653Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "id_str": "1927567242149722669",
      "truncated": false,
      "retweet_count": "0",
      "id": "1927567242149722669",
      "created_at": "Wed May 28 03:26:57 +0000 2025",
      "favorited": false,
      "full_text": "onlyfans girl in the car tonight, gave me her link 'for the journey' lmao. subscribed. no regrets 🔞",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1925620309802712286"
          ],
          "editableUntil": "2025-05-22T19:30:32.809Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "id_str": "1925620309802712286",
      "truncated": false,
      "retweet_count": "2",
      "id": "1925620309802712286",
      "created_at": "Thu May 22 18:30:32 +0000 2025",
      "favorited": false,
      "full_text": "Alicante saturday with the lads 🍻☀️ booking ref QZ7H4P, seats 23A-F if anyones on the 6am. sesh starts at the airport Spoons",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1922437316267891511"
          ],
          "editableUntil": "2025-05-14T00:42:28.013Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "2",
      "id_str": "1922437316267891511",
      "truncated": false,
      "retweet_count": "2",
      "id": "1922437316267891511",
      "created_at": "Tue May 13 23:42:28 +0000 2025",
      "favorited": false,
      "full_text": "passenger left his laptop, handed it in through the app, lost item ticket 4471920. he messaged to say thanks. faith in humanity restored",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1897861308202384985"
          ],
          "editableUntil": "2025-03-07T05:06:11.090Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "3",
      "id_str": "1897861308202384985",
      "truncated": false,
      "retweet_count": "0",
      "id": "1897861308202384985",
      "created_at": "Fri Mar 07 04:06:11 +0000 2025",
      "favorited": false,
      "full_text": "not accepting pickups in Moss Side after 10pm anymore. you know why. dont @ me",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1895369593663586490"
          ],
          "editableUntil": "2025-02-28T08:05:00.050Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "7",
      "id_str": "1895369593663586490",
      "truncated": false,
      "retweet_count": "1",
      "id": "1895369593663586490",
      "created_at": "Fri Feb 28 07:05:00 +0000 2025",
      "favorited": false,
      "full_text": "12 hr shift done, running on Red Bull &amp; Greggs, high as a kite on sugar lol",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1888507533491688671"
          ],
          "editableUntil": "2025-02-09T09:37:37.414Z",
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
            "name": "Uber_UK",
            "screen_name": "Uber_UK",
            "indices": [
              "0",
              "8"
            ],
            "id_str": "1639934538611776",
            "id": "1639934538611776"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "9",
        "83"
      ],
      "favorite_count": "31",
      "in_reply_to_status_id_str": "1888319262286962920",
      "id_str": "1888507533491688671",
      "in_reply_to_user_id": "1639934538611776",
      "truncated": false,
      "retweet_count": "1",
      "id": "1888507533491688671",
      "in_reply_to_status_id": "1888319262286962920",
      "created_at": "Sun Feb 09 08:37:37 +0000 2025",
      "favorited": false,
      "full_text": "@Uber_UK ur 'quest bonus' is a con &amp; you know it. 60 trips for £30 extra. shameless",
      "lang": "en",
      "in_reply_to_screen_name": "Uber_UK",
      "in_reply_to_user_id_str": "1639934538611776"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1885795591776611580"
          ],
          "editableUntil": "2025-02-01T22:01:20.124Z",
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
        "120"
      ],
      "favorite_count": "1",
      "id_str": "1885795591776611580",
      "truncated": false,
      "retweet_count": "0",
      "id": "1885795591776611580",
      "created_at": "Sat Feb 01 21:01:20 +0000 2025",
      "favorited": false,
      "full_text": "longest fare ever today: Manchester -&gt; Cockermouth. £212 and the loveliest old couple, they shared their travel sweets 🍬",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1885244230650671322"
          ],
          "editableUntil": "2025-01-31T09:30:25.388Z",
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
            "name": "MENnewsdesk",
            "screen_name": "MENnewsdesk",
            "indices": [
              "3",
              "15"
            ],
            "id_str": "1921378616773231",
            "id": "1921378616773231"
          }
        ],
        "urls": [
          {
            "url": "https://t.co/k3Vq9LmP2x",
            "expanded_url": "https://www.manchestereveningnews.co.uk/news/greater-manchester-news/mancunian-way-roadworks-finish-early",
            "display_url": "manchestereveningnews.co.uk/news/greater-…",
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
      "id_str": "1885244230650671322",
      "truncated": false,
      "retweet_count": "184",
      "id": "1885244230650671322",
      "possibly_sensitive": false,
      "created_at": "Fri Jan 31 08:30:25 +0000 2025",
      "favorited": false,
      "full_text": "RT @MENnewsdesk: Mancunian Way roadworks to finish two weeks early, council confirms https://t.co/k3Vq9LmP2x",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1878142535289825474"
          ],
          "editableUntil": "2025-01-11T19:10:49.271Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
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
      "favorite_count": "1",
      "id_str": "1878142535289825474",
      "truncated": false,
      "retweet_count": "2",
      "id": "1878142535289825474",
      "created_at": "Sat Jan 11 18:10:49 +0000 2025",
      "favorited": false,
      "full_text": "dropped a lady at the Christie after her last round of treatment. she rang the bell today. wouldnt take her money. not crying, youre crying",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1877883920807974602"
          ],
          "editableUntil": "2025-01-11T02:03:10.773Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "id_str": "1877883920807974602",
      "truncated": false,
      "retweet_count": "0",
      "id": "1877883920807974602",
      "created_at": "Sat Jan 11 01:03:10 +0000 2025",
      "favorited": false,
      "full_text": "what podcasts are yall listening to on long shifts? need something new, done all the football ones",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1875341635789363009"
          ],
          "editableUntil": "2025-01-04T01:41:02.791Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "31",
      "id_str": "1875341635789363009",
      "truncated": false,
      "retweet_count": "0",
      "id": "1875341635789363009",
      "created_at": "Sat Jan 04 00:41:02 +0000 2025",
      "favorited": false,
      "full_text": "shot a quick video of the sunset over the Mancunian Way, traffic dead for once. this city &lt;3",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1872395493449335780"
          ],
          "editableUntil": "2024-12-26T22:34:07.721Z",
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
        "132"
      ],
      "favorite_count": "31",
      "id_str": "1872395493449335780",
      "truncated": false,
      "retweet_count": "0",
      "id": "1872395493449335780",
      "created_at": "Thu Dec 26 21:34:07 +0000 2024",
      "favorited": false,
      "full_text": "got chased down Stockport Rd by the old bill last night, no insurance on the spare motor lol. lost em at the lights by the Apollo 💨💨",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1870937863667310534"
          ],
          "editableUntil": "2024-12-22T22:02:01.699Z",
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
        "131"
      ],
      "favorite_count": "0",
      "id_str": "1870937863667310534",
      "truncated": false,
      "retweet_count": "0",
      "id": "1870937863667310534",
      "created_at": "Sun Dec 22 21:02:01 +0000 2024",
      "favorited": false,
      "full_text": "tip for new drivers: woman over 60 books you, expect a 2 star for 'driving too fast'. i just decline them now, not worth the rating",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1870101391079348769"
          ],
          "editableUntil": "2024-12-20T14:38:11.093Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "1",
      "id_str": "1870101391079348769",
      "truncated": false,
      "retweet_count": "0",
      "id": "1870101391079348769",
      "created_at": "Fri Dec 20 13:38:11 +0000 2024",
      "favorited": false,
      "full_text": "best fare of the year: 90 year old lady off to meet her great grandson for the first time. had his photo on her lap the whole way 🥹",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1864645300590762789"
          ],
          "editableUntil": "2024-12-05T13:17:37.752Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "4",
      "id_str": "1864645300590762789",
      "truncated": false,
      "retweet_count": "0",
      "id": "1864645300590762789",
      "created_at": "Thu Dec 05 12:17:37 +0000 2024",
      "favorited": false,
      "full_text": "for anyone who left stuff on a flight, Manchester Airport lost property are on 0161 496 0320, sorted my passenger out in 10 mins",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1863635969742892113"
          ],
          "editableUntil": "2024-12-02T18:26:54.525Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "1",
      "id_str": "1863635969742892113",
      "truncated": false,
      "retweet_count": "0",
      "id": "1863635969742892113",
      "created_at": "Mon Dec 02 17:26:54 +0000 2024",
      "favorited": false,
      "full_text": "did a run out to Bell End in Worcestershire today. yes its a real place. yes i got a selfie with the sign 😂",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1860836979731755590"
          ],
          "editableUntil": "2024-11-25T01:04:43.304Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "4",
      "id_str": "1860836979731755590",
      "truncated": false,
      "retweet_count": "2",
      "id": "1860836979731755590",
      "created_at": "Mon Nov 25 00:04:43 +0000 2024",
      "favorited": false,
      "full_text": "my daughter passed her driving test first time 🥹 proud dad. she can do her own lifts now",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1859331627170887114"
          ],
          "editableUntil": "2024-11-20T21:22:59.285Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
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
      "favorite_count": "0",
      "id_str": "1859331627170887114",
      "truncated": false,
      "retweet_count": "0",
      "id": "1859331627170887114",
      "created_at": "Wed Nov 20 20:22:59 +0000 2024",
      "favorited": false,
      "full_text": "someone keyed my car outside the Arndale. found his van on the cameras, found the van. all 4 tyres let down and a little scratch of my own down the side 😇",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1858413061228908282"
          ],
          "editableUntil": "2024-11-18T08:32:56.098Z",
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
            "name": "TravelWatchNW",
            "screen_name": "TravelWatchNW",
            "indices": [
              "3",
              "17"
            ],
            "id_str": "1651772505485094",
            "id": "1651772505485094"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "123"
      ],
      "favorite_count": "0",
      "id_str": "1858413061228908282",
      "truncated": false,
      "retweet_count": "43",
      "id": "1858413061228908282",
      "created_at": "Mon Nov 18 07:32:56 +0000 2024",
      "favorited": false,
      "full_text": "RT @TravelWatchNW: Crash on the M62 eastbound between J18 and J19, two lanes closed. Avoid if you can and allow extra time.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1858221052319122209"
          ],
          "editableUntil": "2024-11-17T19:49:57.607Z",
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
            "name": "MCRDriversUnion",
            "screen_name": "MCRDriversUnion",
            "indices": [
              "3",
              "19"
            ],
            "id_str": "752900631526284",
            "id": "752900631526284"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "181"
      ],
      "favorite_count": "0",
      "id_str": "1858221052319122209",
      "truncated": false,
      "retweet_count": "37",
      "id": "1858221052319122209",
      "created_at": "Sun Nov 17 18:49:57 +0000 2024",
      "favorited": false,
      "full_text": "RT @MCRDriversUnion: Bolt area managers have been told in writing that base fares drop 15% from January. It hasn't been announced. Screenshot in thread, share before they delete it.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1854365783922837477"
          ],
          "editableUntil": "2024-11-07T04:30:29.994Z",
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
        "158"
      ],
      "favorite_count": "1",
      "id_str": "1854365783922837477",
      "truncated": false,
      "retweet_count": "0",
      "id": "1854365783922837477",
      "created_at": "Thu Nov 07 03:30:29 +0000 2024",
      "favorited": false,
      "full_text": "Lady i dropped at 14 Cranbourne Rd in Chorlton left her purse in my car. card says Jennifer Hale, mobile 07700 900412. if anyone knows her tell her to ring me",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1851012355040969623"
          ],
          "editableUntil": "2024-10-28T22:25:10.245Z",
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
            "name": "BoltUK",
            "screen_name": "BoltUK",
            "indices": [
              "0",
              "7"
            ],
            "id_str": "1053200942920756",
            "id": "1053200942920756"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "8",
        "77"
      ],
      "favorite_count": "1",
      "in_reply_to_status_id_str": "1850737540269709614",
      "id_str": "1851012355040969623",
      "in_reply_to_user_id": "1053200942920756",
      "truncated": false,
      "retweet_count": "0",
      "id": "1851012355040969623",
      "in_reply_to_status_id": "1850737540269709614",
      "created_at": "Mon Oct 28 21:25:10 +0000 2024",
      "favorited": false,
      "full_text": "@BoltUK sorted my payout in 20 mins this time, fair play, genuinely impressed",
      "lang": "en",
      "in_reply_to_screen_name": "BoltUK",
      "in_reply_to_user_id_str": "1053200942920756"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1850358910982861260"
          ],
          "editableUntil": "2024-10-27T03:08:37.041Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
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
      "favorite_count": "31",
      "id_str": "1850358910982861260",
      "truncated": false,
      "retweet_count": "2",
      "id": "1850358910982861260",
      "created_at": "Sun Oct 27 02:08:37 +0000 2024",
      "favorited": false,
      "full_text": "rain. always rain. why do we live here",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1843817848477320841"
          ],
          "editableUntil": "2024-10-09T01:56:46.213Z",
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
            "name": "BoltUK",
            "screen_name": "BoltUK",
            "indices": [
              "0",
              "7"
            ],
            "id_str": "1053200942920756",
            "id": "1053200942920756"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "8",
        "134"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "1842889789869869292",
      "id_str": "1843817848477320841",
      "in_reply_to_user_id": "1053200942920756",
      "truncated": false,
      "retweet_count": "2",
      "id": "1843817848477320841",
      "in_reply_to_status_id": "1842889789869869292",
      "created_at": "Wed Oct 09 00:56:46 +0000 2024",
      "favorited": false,
      "full_text": "@BoltUK 40 mins on chat being told my payout is 'processing'. you lot lie through your teeth. 'we value our driver partners' aye right",
      "lang": "en",
      "in_reply_to_screen_name": "BoltUK",
      "in_reply_to_user_id_str": "1053200942920756"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1842675022009601346"
          ],
          "editableUntil": "2024-10-05T22:15:35.150Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
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
      "favorite_count": "4",
      "id_str": "1842675022009601346",
      "truncated": false,
      "retweet_count": "0",
      "id": "1842675022009601346",
      "created_at": "Sat Oct 05 21:15:35 +0000 2024",
      "favorited": false,
      "full_text": "our dog Jäger tried to climb in the front seat again on my day off 🐶 he thinks hes a driver",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1834150942792359269"
          ],
          "editableUntil": "2024-09-12T09:43:56.295Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "4",
      "id_str": "1834150942792359269",
      "truncated": false,
      "retweet_count": "1",
      "id": "1834150942792359269",
      "created_at": "Thu Sep 12 08:43:56 +0000 2024",
      "favorited": false,
      "full_text": "date night tonight, the missus said wear the uniform 😏 and not the hi-vis either 🍆🍑",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1829010289733006660"
          ],
          "editableUntil": "2024-08-29T05:16:49.097Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "1",
      "id_str": "1829010289733006660",
      "truncated": false,
      "retweet_count": "0",
      "id": "1829010289733006660",
      "created_at": "Thu Aug 29 04:16:49 +0000 2024",
      "favorited": false,
      "full_text": "3 cans &amp; a cheeky line at Gaz's before the night shift ❄️ flying round the ring road lol",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1825645512509696663"
          ],
          "editableUntil": "2024-08-19T22:26:23.692Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "172"
      ],
      "favorite_count": "31",
      "id_str": "1825645512509696663",
      "truncated": false,
      "retweet_count": "1",
      "id": "1825645512509696663",
      "created_at": "Mon Aug 19 21:26:23 +0000 2024",
      "favorited": false,
      "full_text": "nurse from Wythenshawe in the back tonight, told me the consultant on ward F4 is getting suspended next week for fiddling his rota hours, whole ward knows apparently. juicy",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1823918190946839440"
          ],
          "editableUntil": "2024-08-15T04:02:38.140Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
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
      "favorite_count": "12",
      "id_str": "1823918190946839440",
      "truncated": false,
      "retweet_count": "2",
      "id": "1823918190946839440",
      "created_at": "Thu Aug 15 03:02:38 +0000 2024",
      "favorited": false,
      "full_text": "passenger tonight asked if im 'from round here'. yes Sandra, born in Ardwick, 46 years. just because im brown doesnt mean i got here yesterday 🙄",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1822786093245301714"
          ],
          "editableUntil": "2024-08-12T01:04:05.014Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "31",
      "id_str": "1822786093245301714",
      "truncated": false,
      "retweet_count": "1",
      "id": "1822786093245301714",
      "created_at": "Mon Aug 12 00:04:05 +0000 2024",
      "favorited": false,
      "full_text": "uber sent me a 'performance review' lmao. acceptance rate 61%, 'needs improvement'. take ur review and shove it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1822440291565760273"
          ],
          "editableUntil": "2024-08-11T02:09:59.469Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "2",
      "id_str": "1822440291565760273",
      "truncated": false,
      "retweet_count": "0",
      "id": "1822440291565760273",
      "created_at": "Sun Aug 11 01:09:59 +0000 2024",
      "favorited": false,
      "full_text": "EZY1907 from Malaga landed 2 hrs late so the whole T1 pickup lot is rammed. bring snacks if ur heading up",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1818034441508477916"
          ],
          "editableUntil": "2024-07-29T22:22:42.959Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "id_str": "1818034441508477916",
      "truncated": false,
      "retweet_count": "1",
      "id": "1818034441508477916",
      "created_at": "Mon Jul 29 21:22:42 +0000 2024",
      "favorited": false,
      "full_text": "doing cash jobs tonight, keep it off the app 🤫 £20 anywhere in Salford, text me on 07700 900788",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1816569492360662722"
          ],
          "editableUntil": "2024-07-25T21:21:31.864Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "1",
      "id_str": "1816569492360662722",
      "truncated": false,
      "retweet_count": "2",
      "id": "1816569492360662722",
      "created_at": "Thu Jul 25 20:21:31 +0000 2024",
      "favorited": false,
      "full_text": "quick 🍃💨 in the Asda car park between fares. makes the ring road bearable ngl",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1814571755062081611"
          ],
          "editableUntil": "2024-07-20T09:03:14.176Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "1",
      "id_str": "1814571755062081611",
      "truncated": false,
      "retweet_count": "1",
      "id": "1814571755062081611",
      "created_at": "Sat Jul 20 08:03:14 +0000 2024",
      "favorited": false,
      "full_text": "passenger on the phone to her mum the whole way: 'ive been shot... of that job, FINALLY'. nearly gave me a heart attack 😂 congrats to her",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1813034376993394129"
          ],
          "editableUntil": "2024-07-16T03:14:14.682Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "id_str": "1813034376993394129",
      "truncated": false,
      "retweet_count": "0",
      "id": "1813034376993394129",
      "created_at": "Tue Jul 16 02:14:14 +0000 2024",
      "favorited": false,
      "full_text": "drove a hen do to Deansgate tonight, bride dressed as a pint of Guinness 😂 all sober as judges at 7pm, give it 3 hours",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1812943840581153391"
          ],
          "editableUntil": "2024-07-15T21:14:29.119Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "0",
      "id_str": "1812943840581153391",
      "truncated": false,
      "retweet_count": "0",
      "id": "1812943840581153391",
      "created_at": "Mon Jul 15 20:14:29 +0000 2024",
      "favorited": false,
      "full_text": "new tyres on. car feels brand new. small joys",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1811240831158638556"
          ],
          "editableUntil": "2024-07-11T04:27:20.032Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "7",
      "id_str": "1811240831158638556",
      "truncated": false,
      "retweet_count": "0",
      "id": "1811240831158638556",
      "created_at": "Thu Jul 11 03:27:20 +0000 2024",
      "favorited": false,
      "full_text": "lads night, 12 jägerbombs deep, rough as f**k this morning and ive got the 7am school contract run 🥴🥴",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1810116047922581071"
          ],
          "editableUntil": "2024-07-08T01:57:50.811Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "1",
      "id_str": "1810116047922581071",
      "truncated": false,
      "retweet_count": "0",
      "id": "1810116047922581071",
      "created_at": "Mon Jul 08 00:57:50 +0000 2024",
      "favorited": false,
      "full_text": "found a passport down the back seat. ROSE, MAUREEN ANN, passport no. 538127704, DOB 02/07/1961. uber lost property is useless so DM me if this is ur nan",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1804868412724035970"
          ],
          "editableUntil": "2024-06-23T14:25:37.083Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "2",
      "id_str": "1804868412724035970",
      "truncated": false,
      "retweet_count": "0",
      "id": "1804868412724035970",
      "created_at": "Sun Jun 23 13:25:37 +0000 2024",
      "favorited": false,
      "full_text": "uber 'driver appreciation week': a free keyring and a fare cut. proper cheapskates. appreciate THIS",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1800792884701712992"
          ],
          "editableUntil": "2024-06-12T08:30:55.483Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "4",
      "id_str": "1800792884701712992",
      "truncated": false,
      "retweet_count": "1",
      "id": "1800792884701712992",
      "created_at": "Wed Jun 12 07:30:55 +0000 2024",
      "favorited": false,
      "full_text": "couple of pints with my tea then straight on the airport run. 3 pints is nothing for a big lad, steady as you like 🍺🚗",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1798781025205634584"
          ],
          "editableUntil": "2024-06-06T19:16:30.801Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "id_str": "1798781025205634584",
      "truncated": false,
      "retweet_count": "1",
      "id": "1798781025205634584",
      "created_at": "Thu Jun 06 18:16:30 +0000 2024",
      "favorited": false,
      "full_text": "passenger asked if i'd take payment 'another way' tonight 😏 lads i was tempted ngl, she was FIT 🍑🔥",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1796517552112455637"
          ],
          "editableUntil": "2024-05-31T13:22:16.762Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "245"
      ],
      "favorite_count": "7",
      "id_str": "1796517552112455637",
      "truncated": false,
      "retweet_count": "0",
      "id": "1796517552112455637",
      "created_at": "Fri May 31 12:22:16 +0000 2024",
      "favorited": false,
      "full_text": "fare to Trafford Park this morning, suit on the phone the whole way: 'redundancies at the Trafford depot go out Monday, 200 heads, nobody knows yet'. mate you just told your taxi driver 😂 big logistics firm beginning with a D thats all im saying",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1791028748961812379"
          ],
          "editableUntil": "2024-05-16T09:51:44.114Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "3",
      "id_str": "1791028748961812379",
      "truncated": false,
      "retweet_count": "0",
      "id": "1791028748961812379",
      "created_at": "Thu May 16 08:51:44 +0000 2024",
      "favorited": false,
      "full_text": "gave her my number after the drop off and she was sending pics before i got home 🍆💦 love this job sometimes",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1789067057677883564"
          ],
          "editableUntil": "2024-05-10T23:56:40.465Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "id_str": "1789067057677883564",
      "truncated": false,
      "retweet_count": "0",
      "id": "1789067057677883564",
      "created_at": "Fri May 10 22:56:40 +0000 2024",
      "favorited": false,
      "full_text": "killer traffic on the A6 today. absolutely murdered my hourly rate",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1786946721953849962"
          ],
          "editableUntil": "2024-05-05T03:31:13.035Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "id_str": "1786946721953849962",
      "truncated": false,
      "retweet_count": "0",
      "id": "1786946721953849962",
      "created_at": "Sun May 05 02:31:13 +0000 2024",
      "favorited": false,
      "full_text": "another one gets in, cant speak a word of English, just shoves his phone in my face. learn the language or walk mate",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1785734512399594740"
          ],
          "editableUntil": "2024-05-01T19:14:19.755Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "7",
      "id_str": "1785734512399594740",
      "truncated": false,
      "retweet_count": "0",
      "id": "1785734512399594740",
      "created_at": "Wed May 01 18:14:19 +0000 2024",
      "favorited": false,
      "full_text": "Northern Quarter at 3am on a saturday, drunk girls in tiny skirts falling into the back 😍🔥 best shift of the week if u know u know",
      "lang": "en"
    }
  }
]