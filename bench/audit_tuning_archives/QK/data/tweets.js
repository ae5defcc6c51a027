window.YTD.tweets.part0 = [
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1979729715851909453"
          ],
          "editableUntil": "2025-10-19T03:02:00.166Z",
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
            "name": "snookerbore",
            "screen_name": "snookerbore",
            "indices": [
              "0",
              "12"
            ],
            "id_str": "2010157866271279547",
            "id": "2010157866271279547"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "13",
        "88"
      ],
      "favorite_count": "3",
      "in_reply_to_status_id_str": "1979706124981728380",
      "in_reply_to_user_id": "2010157866271279547",
      "id_str": "1979729715851909453",
      "truncated": false,
      "retweet_count": "1",
      "id": "1979729715851909453",
      "in_reply_to_status_id": "1979706124981728380",
      "created_at": "Sun Oct 19 02:02:00 +0000 2025",
      "favorited": false,
      "full_text": "@snookerbore wtf are you on about, Trump's safety is miles better than Higgins was at 35",
      "lang": "en",
      "in_reply_to_screen_name": "snookerbore",
      "in_reply_to_user_id_str": "2010157866271279547"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1977396120850984578"
          ],
          "editableUntil": "2025-10-12T16:29:08.511Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "7",
      "id_str": "1977396120850984578",
      "truncated": false,
      "retweet_count": "1",
      "id": "1977396120850984578",
      "created_at": "Sun Oct 12 15:29:08 +0000 2025",
      "favorited": false,
      "full_text": "Took a fare out to Penistone tonight and he giggled at the sign the whole way in. Grown man. Its Pen-is-tun mate, move on",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1975035321007081581"
          ],
          "editableUntil": "2025-10-06T04:08:09.900Z",
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
        "105"
      ],
      "favorite_count": "0",
      "id_str": "1975035321007081581",
      "truncated": false,
      "retweet_count": "0",
      "id": "1975035321007081581",
      "created_at": "Mon Oct 06 03:08:09 +0000 2025",
      "favorited": false,
      "full_text": "Woman in the back tonight had no cash and asked if she could \"pay another way\" 😏🍑 a gentleman never tells",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1974828566193367678"
          ],
          "editableUntil": "2025-10-05T14:26:35.269Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "id_str": "1974828566193367678",
      "truncated": false,
      "retweet_count": "0",
      "id": "1974828566193367678",
      "created_at": "Sun Oct 05 13:26:35 +0000 2025",
      "favorited": false,
      "full_text": "Nearly had a heart attack, job sheet said \"coke delivery, Bradford\". 48 cans of Coca-Cola for a kids party 😂",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1971071144275116896"
          ],
          "editableUntil": "2025-09-25T05:35:56.137Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "3",
      "id_str": "1971071144275116896",
      "truncated": false,
      "retweet_count": "5",
      "id": "1971071144275116896",
      "created_at": "Thu Sep 25 04:35:56 +0000 2025",
      "favorited": false,
      "full_text": "Fare asked if I could take him to Shitterton. Real place apparently, in Dorset. We were in Leeds. Declined",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1970528417559491567"
          ],
          "editableUntil": "2025-09-23T17:39:20.510Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "id_str": "1970528417559491567",
      "truncated": false,
      "retweet_count": "2",
      "id": "1970528417559491567",
      "created_at": "Tue Sep 23 16:39:20 +0000 2025",
      "favorited": false,
      "full_text": "Driver earnings sheet got sent to the whole WhatsApp group by mistake. Gaz took £1,940 last week and Shaz £410 lmao 😂 no wonder she's moaning",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1969241774700088098"
          ],
          "editableUntil": "2025-09-20T04:26:40.459Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "40"
      ],
      "favorite_count": "23",
      "id_str": "1969241774700088098",
      "truncated": false,
      "retweet_count": "0",
      "id": "1969241774700088098",
      "created_at": "Sat Sep 20 03:26:40 +0000 2025",
      "favorited": false,
      "full_text": "Rain means fares. Come on Leeds, get wet",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1966889098463025930"
          ],
          "editableUntil": "2025-09-13T16:37:58.360Z",
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
        "146"
      ],
      "favorite_count": "1",
      "id_str": "1966889098463025930",
      "truncated": false,
      "retweet_count": "2",
      "id": "1966889098463025930",
      "created_at": "Sat Sep 13 15:37:58 +0000 2025",
      "favorited": false,
      "full_text": "Another fare who couldnt tell me his own address in English. 20 mins pointing at a map. If you're going to live here learn the language, simple as",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1966258686403229173"
          ],
          "editableUntil": "2025-09-11T22:52:56.236Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "id_str": "1966258686403229173",
      "truncated": false,
      "retweet_count": "0",
      "id": "1966258686403229173",
      "created_at": "Thu Sep 11 21:52:56 +0000 2025",
      "favorited": false,
      "full_text": "Council tax up again &amp; bins every 3 weeks. What exactly are we paying for",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1965067914047011480"
          ],
          "editableUntil": "2025-09-08T16:01:14.548Z",
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
        "128"
      ],
      "favorite_count": "23",
      "id_str": "1965067914047011480",
      "truncated": false,
      "retweet_count": "0",
      "id": "1965067914047011480",
      "created_at": "Mon Sep 08 15:01:14 +0000 2025",
      "favorited": false,
      "full_text": "Whole cab stank of 🍃 after that lot off the Otley Run. When in Rome, sparked one up myself in the layby before the next job 😶‍🌫️",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1964588085531328948"
          ],
          "editableUntil": "2025-09-07T08:14:34.482Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "12",
      "id_str": "1964588085531328948",
      "truncated": false,
      "retweet_count": "2",
      "id": "1964588085531328948",
      "created_at": "Sun Sep 07 07:14:34 +0000 2025",
      "favorited": false,
      "full_text": "New badge finally came through 😎 Private hire driver licence no. PHD 004817, expires 03/2028, reg YK19 FWD. Proper official now",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1950745852465513169"
          ],
          "editableUntil": "2025-07-31T03:30:28.418Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "12",
      "id_str": "1950745852465513169",
      "truncated": false,
      "retweet_count": "0",
      "id": "1950745852465513169",
      "created_at": "Thu Jul 31 02:30:28 +0000 2025",
      "favorited": false,
      "full_text": "Absolutely killed it today. 14 airport runs before 6pm, best day since March",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1944355403592145612"
          ],
          "editableUntil": "2025-07-13T12:17:07.183Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "2",
      "id_str": "1944355403592145612",
      "truncated": false,
      "retweet_count": "5",
      "id": "1944355403592145612",
      "created_at": "Sun Jul 13 11:17:07 +0000 2025",
      "favorited": false,
      "full_text": "Sunrise over Yeadon on the early airport run. Proper lovely actually",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1941128347996008415"
          ],
          "editableUntil": "2025-07-04T14:33:57.659Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [
          {
            "text": "18plus",
            "indices": [
              "98",
              "105"
            ]
          },
          {
            "text": "nightshift",
            "indices": [
              "106",
              "117"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [
          {
            "name": "CabbieBanter",
            "screen_name": "CabbieBanter",
            "indices": [
              "3",
              "16"
            ],
            "id_str": "381750936",
            "id": "381750936"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "117"
      ],
      "favorite_count": "0",
      "id_str": "1941128347996008415",
      "truncated": false,
      "retweet_count": "0",
      "id": "1941128347996008415",
      "created_at": "Fri Jul 04 13:33:57 +0000 2025",
      "favorited": false,
      "full_text": "RT @CabbieBanter: Ladies, a cabbie knows every back road in the city and never rushes the ride 🍆💦 #18plus #nightshift",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1928040347222070888"
          ],
          "editableUntil": "2025-05-29T11:46:54.017Z",
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
        "125"
      ],
      "favorite_count": "0",
      "id_str": "1928040347222070888",
      "truncated": false,
      "retweet_count": "0",
      "id": "1928040347222070888",
      "created_at": "Thu May 29 10:46:54 +0000 2025",
      "favorited": false,
      "full_text": "Purse left on my back seat tonight, handed in at the office. If it's yours ring Central Cars on 0113 496 0217 and describe it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1925911694598300668"
          ],
          "editableUntil": "2025-05-23T14:48:24.364Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "0",
      "id_str": "1925911694598300668",
      "truncated": false,
      "retweet_count": "0",
      "id": "1925911694598300668",
      "created_at": "Fri May 23 13:48:24 +0000 2025",
      "favorited": false,
      "full_text": "Blue tits nesting in the wing mirror of the spare car. Not moving it till they've fledged, the missus can get the bus",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1923004193040842495"
          ],
          "editableUntil": "2025-05-15T14:15:01.706Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "id_str": "1923004193040842495",
      "truncated": false,
      "retweet_count": "5",
      "id": "1923004193040842495",
      "created_at": "Thu May 15 13:15:01 +0000 2025",
      "favorited": false,
      "full_text": "Judd murdered him 10-2. Wasn't even close, Robertson never got a look in",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1920948472118182667"
          ],
          "editableUntil": "2025-05-09T22:06:19.274Z",
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
            "name": "snookerbore",
            "screen_name": "snookerbore",
            "indices": [
              "0",
              "12"
            ],
            "id_str": "2010157866271279547",
            "id": "2010157866271279547"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "13",
        "89"
      ],
      "favorite_count": "1",
      "in_reply_to_status_id_str": "1920938599789244418",
      "in_reply_to_user_id": "2010157866271279547",
      "id_str": "1920948472118182667",
      "truncated": false,
      "retweet_count": "2",
      "id": "1920948472118182667",
      "in_reply_to_status_id": "1920938599789244418",
      "created_at": "Fri May 09 21:06:19 +0000 2025",
      "favorited": false,
      "full_text": "@snookerbore fair point on the table speed but Selby &gt; Trump over a long match every time",
      "lang": "en",
      "in_reply_to_screen_name": "snookerbore",
      "in_reply_to_user_id_str": "2010157866271279547"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1920839382065394212"
          ],
          "editableUntil": "2025-05-09T14:52:50.799Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "id_str": "1920839382065394212",
      "truncated": false,
      "retweet_count": "1",
      "id": "1920839382065394212",
      "created_at": "Fri May 09 13:52:50 +0000 2025",
      "favorited": false,
      "full_text": "Brexit was supposed to sort the NHS. Still waiting. Anyone?",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1919059475852889338"
          ],
          "editableUntil": "2025-05-04T17:00:08.803Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "23",
      "id_str": "1919059475852889338",
      "truncated": false,
      "retweet_count": "0",
      "id": "1919059475852889338",
      "created_at": "Sun May 04 16:00:08 +0000 2025",
      "favorited": false,
      "full_text": "Murphy on the final black at the Crucible. Nerves shredded. Black ball finishes are the best thing in sport",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1910734156177671329"
          ],
          "editableUntil": "2025-04-11T17:38:17.615Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "12",
      "id_str": "1910734156177671329",
      "truncated": false,
      "retweet_count": "1",
      "id": "1910734156177671329",
      "created_at": "Fri Apr 11 16:38:17 +0000 2025",
      "favorited": false,
      "full_text": "F*cking hell Ronnie. Century in under 6 minutes and he looks bored doing it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1910408838461273283"
          ],
          "editableUntil": "2025-04-10T20:05:35.994Z",
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
      "id_str": "1910408838461273283",
      "truncated": false,
      "retweet_count": "0",
      "id": "1910408838461273283",
      "created_at": "Thu Apr 10 19:05:35 +0000 2025",
      "favorited": false,
      "full_text": "World Championship starts Saturday. Booked the fortnight off, telly's ready, don't ring me",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1907874202458911372"
          ],
          "editableUntil": "2025-04-03T20:13:51.360Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "0",
      "id_str": "1907874202458911372",
      "truncated": false,
      "retweet_count": "5",
      "id": "1907874202458911372",
      "created_at": "Thu Apr 03 19:13:51 +0000 2025",
      "favorited": false,
      "full_text": "Cant say who but had a Leeds first teamer in the back tonight on his way to a medical at a certain other club. You'll read it Monday 👀",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1899439532855492931"
          ],
          "editableUntil": "2025-03-11T13:37:29.389Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "0",
      "id_str": "1899439532855492931",
      "truncated": false,
      "retweet_count": "1",
      "id": "1899439532855492931",
      "created_at": "Tue Mar 11 12:37:29 +0000 2025",
      "favorited": false,
      "full_text": "Anyone need an airport run Monday text me direct on 07700 900413. Cheaper than going through the base, cash only, keep it quiet",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1894834549899320781"
          ],
          "editableUntil": "2025-02-26T20:38:55.090Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
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
      "favorite_count": "1",
      "id_str": "1894834549899320781",
      "truncated": false,
      "retweet_count": "1",
      "id": "1894834549899320781",
      "created_at": "Wed Feb 26 19:38:55 +0000 2025",
      "favorited": false,
      "full_text": "Passenger spent 20 mins telling me the moon landings were fake then tipped me 30p. Genius. The public get thicker every year, customers are the worst part of this job",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1890435875058514199"
          ],
          "editableUntil": "2025-02-14T17:20:09.013Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "1",
      "id_str": "1890435875058514199",
      "truncated": false,
      "retweet_count": "0",
      "id": "1890435875058514199",
      "created_at": "Fri Feb 14 16:20:09 +0000 2025",
      "favorited": false,
      "full_text": "Lads in the back offered me a cheeky bump for the road ❄️👃 didnt say no 😂 rest of the shift flew by",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1888160095542648516"
          ],
          "editableUntil": "2025-02-08T10:37:01.566Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "1",
      "id_str": "1888160095542648516",
      "truncated": false,
      "retweet_count": "2",
      "id": "1888160095542648516",
      "created_at": "Sat Feb 08 09:37:01 +0000 2025",
      "favorited": false,
      "full_text": "Base put commission up to 25% and called it \"investing in the driver experience\". Only thing they're investing in is the owner's new Range Rover",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1877265712421514006"
          ],
          "editableUntil": "2025-01-09T09:06:38.614Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "164"
      ],
      "favorite_count": "23",
      "id_str": "1877265712421514006",
      "truncated": false,
      "retweet_count": "0",
      "id": "1877265712421514006",
      "created_at": "Thu Jan 09 08:06:38 +0000 2025",
      "favorited": false,
      "full_text": "Black iPhone left in my cab last night, lock screen says Kayleigh. Booking had her address as 14 Brudenell Mount LS6, I'll drop it round after 6 if anyone knows her",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1876607048784621479"
          ],
          "editableUntil": "2025-01-07T13:29:20.950Z",
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
      "favorite_count": "0",
      "id_str": "1876607048784621479",
      "truncated": false,
      "retweet_count": "1",
      "id": "1876607048784621479",
      "created_at": "Tue Jan 07 12:29:20 +0000 2025",
      "favorited": false,
      "full_text": "3 hours on hold to HMRC about my self assessment. UTR reset for the third time, finally sorted. Pint earned",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1875550149057595635"
          ],
          "editableUntil": "2025-01-04T15:29:36.488Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "id_str": "1875550149057595635",
      "truncated": false,
      "retweet_count": "0",
      "id": "1875550149057595635",
      "created_at": "Sat Jan 04 14:29:36 +0000 2025",
      "favorited": false,
      "full_text": "Chippy van on Tong Road does a cock-a-leekie soup &amp; a bread roll for £3.50. Proper winter dinner",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1875058500486391099"
          ],
          "editableUntil": "2025-01-03T06:55:58.864Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "1",
      "id_str": "1875058500486391099",
      "truncated": false,
      "retweet_count": "0",
      "id": "1875058500486391099",
      "created_at": "Fri Jan 03 05:55:58 +0000 2025",
      "favorited": false,
      "full_text": "Keep a wheel brace under the seat for a reason. Next lad who spits on my window is going to find out what that reason is",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1865748533011771839"
          ],
          "editableUntil": "2024-12-08T14:21:28.044Z",
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
        "84"
      ],
      "favorite_count": "0",
      "id_str": "1865748533011771839",
      "truncated": false,
      "retweet_count": "0",
      "id": "1865748533011771839",
      "created_at": "Sun Dec 08 13:21:28 +0000 2024",
      "favorited": false,
      "full_text": "Grandson potted his first red on the little table at Christmas. Future world champ 🏆",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1865698564898855271"
          ],
          "editableUntil": "2024-12-08T11:02:55.323Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
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
      "favorite_count": "0",
      "id_str": "1865698564898855271",
      "truncated": false,
      "retweet_count": "1",
      "id": "1865698564898855271",
      "created_at": "Sun Dec 08 10:02:55 +0000 2024",
      "favorited": false,
      "full_text": "Firm wants more women drivers on nights. Good luck with that, they'll be ringing in crying by 1am. Some jobs just arent for everyone",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1862483570004137761"
          ],
          "editableUntil": "2024-11-29T14:07:41.778Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "id_str": "1862483570004137761",
      "truncated": false,
      "retweet_count": "1",
      "id": "1862483570004137761",
      "created_at": "Fri Nov 29 13:07:41 +0000 2024",
      "favorited": false,
      "full_text": "Fare told me Dick Turpin's buried in York. 20 mins of highwaymen, robberies &amp; hangings. Better than the radio",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1856132055354009780"
          ],
          "editableUntil": "2024-11-12T01:29:01.368Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "id_str": "1856132055354009780",
      "truncated": false,
      "retweet_count": "0",
      "id": "1856132055354009780",
      "created_at": "Tue Nov 12 00:29:01 +0000 2024",
      "favorited": false,
      "full_text": "Missus sent me a pic mid shift that I definitely can't post on here 🔥🍆 couldnt concentrate all the way to Bradford",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1851676741133273856"
          ],
          "editableUntil": "2024-10-30T18:25:12.609Z",
          "editsRemaining": "5",
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
            "url": "https://t.co/Q1fR8wLz0D",
            "expanded_url": "https://www.bbc.co.uk/news/business",
            "display_url": "bbc.co.uk/news/business",
            "indices": [
              "109",
              "132"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "132"
      ],
      "favorite_count": "2",
      "id_str": "1851676741133273856",
      "truncated": false,
      "retweet_count": "2",
      "id": "1851676741133273856",
      "created_at": "Wed Oct 30 17:25:12 +0000 2024",
      "favorited": false,
      "full_text": "The Chancellor's taking a hammer to working people again. Fuel up, insurance up, licence fee up. What's left https://t.co/Q1fR8wLz0D",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1844279716526932699"
          ],
          "editableUntil": "2024-10-10T08:32:04.575Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
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
      "favorite_count": "1",
      "id_str": "1844279716526932699",
      "truncated": false,
      "retweet_count": "0",
      "id": "1844279716526932699",
      "created_at": "Thu Oct 10 07:32:04 +0000 2024",
      "favorited": false,
      "full_text": "Overheard the owner on the phone, firm's being sold to one of the big app outfits in January. Nobody's been told yet. Drivers are going to go mental",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1841157661924818936"
          ],
          "editableUntil": "2024-10-01T17:46:08.503Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "id_str": "1841157661924818936",
      "truncated": false,
      "retweet_count": "5",
      "id": "1841157661924818936",
      "created_at": "Tue Oct 01 16:46:08 +0000 2024",
      "favorited": false,
      "full_text": "Started declining anything from the care home on Otley Rd. Old dears with zimmer frames, 20 mins getting them in for a £6 fare. Not worth my time",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1836008596991785923"
          ],
          "editableUntil": "2024-09-17T12:45:35.303Z",
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
        "88"
      ],
      "favorite_count": "12",
      "id_str": "1836008596991785923",
      "truncated": false,
      "retweet_count": "0",
      "id": "1836008596991785923",
      "created_at": "Tue Sep 17 11:45:35 +0000 2024",
      "favorited": false,
      "full_text": "Higgins with the screw back on that last red. Pure filth. Greatest cueist who ever lived",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1833455270239587899"
          ],
          "editableUntil": "2024-09-10T11:39:35.337Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
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
      "favorite_count": "7",
      "id_str": "1833455270239587899",
      "truncated": false,
      "retweet_count": "1",
      "id": "1833455270239587899",
      "created_at": "Tue Sep 10 10:39:35 +0000 2024",
      "favorited": false,
      "full_text": "Failed MOT on the exhaust, £240. Kirkstall Motors, 0113 496 0582, were honest with me so I'll give them a shout out",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1824412924506413489"
          ],
          "editableUntil": "2024-08-16T12:48:31.347Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "1",
      "id_str": "1824412924506413489",
      "truncated": false,
      "retweet_count": "0",
      "id": "1824412924506413489",
      "created_at": "Fri Aug 16 11:48:31 +0000 2024",
      "favorited": false,
      "full_text": "Blue lights behind me on the ring road at 1am, no passenger in, not stopping for that. Lost them by Seacroft 😂🏎️",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1820456606794761427"
          ],
          "editableUntil": "2024-08-05T14:47:32.647Z",
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
      "favorite_count": "1",
      "id_str": "1820456606794761427",
      "truncated": false,
      "retweet_count": "1",
      "id": "1820456606794761427",
      "created_at": "Mon Aug 05 13:47:32 +0000 2024",
      "favorited": false,
      "full_text": "Drop our Lily at St Mary's in Horsforth 8.40 every morning and nan picks her up at 3.15, so I'm free in between if anyones after a driver",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1817122050305852665"
          ],
          "editableUntil": "2024-07-27T09:57:11.733Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "187"
      ],
      "favorite_count": "0",
      "id_str": "1817122050305852665",
      "truncated": false,
      "retweet_count": "2",
      "id": "1817122050305852665",
      "created_at": "Sat Jul 27 08:57:11 +0000 2024",
      "favorited": false,
      "full_text": "Picked up the head of a certain primary school in Horsforth tonight, absolutely sloshed, crying that he's been suspended pending investigation. Tall fella, ginger beard. Parents will know",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1812753203724227179"
          ],
          "editableUntil": "2024-07-15T08:36:57.226Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "23",
      "id_str": "1812753203724227179",
      "truncated": false,
      "retweet_count": "0",
      "id": "1812753203724227179",
      "created_at": "Mon Jul 15 07:36:57 +0000 2024",
      "favorited": false,
      "full_text": "Our night controller couldnt find Leeds on a map of Leeds. 3 years in and he still sends me to the wrong Station Road every single week",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1810372151446317031"
          ],
          "editableUntil": "2024-07-08T18:55:30.508Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
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
      "favorite_count": "1",
      "id_str": "1810372151446317031",
      "truncated": false,
      "retweet_count": "2",
      "id": "1810372151446317031",
      "created_at": "Mon Jul 08 17:55:30 +0000 2024",
      "favorited": false,
      "full_text": "Snooker's the sexiest sport going. Balls, pockets, long cues, chalking the tip, lads bending over the table 😏 iykyk",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1807395765981612398"
          ],
          "editableUntil": "2024-06-30T13:48:25.866Z",
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
            "name": "LeedsCabbieKev",
            "screen_name": "LeedsCabbieKev",
            "indices": [
              "0",
              "15"
            ],
            "id_str": "5875408372111709479",
            "id": "5875408372111709479"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "16",
        "120"
      ],
      "favorite_count": "12",
      "in_reply_to_status_id_str": "1807366715187463409",
      "in_reply_to_user_id": "5875408372111709479",
      "id_str": "1807395765981612398",
      "truncated": false,
      "retweet_count": "0",
      "id": "1807395765981612398",
      "in_reply_to_status_id": "1807366715187463409",
      "created_at": "Sun Jun 30 12:48:25 +0000 2024",
      "favorited": false,
      "full_text": "@LeedsCabbieKev you check your badge status on the council website mate, takes 2 mins, don't pay anyone to do it for you",
      "lang": "en",
      "in_reply_to_screen_name": "LeedsCabbieKev",
      "in_reply_to_user_id_str": "5875408372111709479"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1800975648376197312"
          ],
          "editableUntil": "2024-06-12T20:37:09.723Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "2",
      "id_str": "1800975648376197312",
      "truncated": false,
      "retweet_count": "5",
      "id": "1800975648376197312",
      "created_at": "Wed Jun 12 19:37:09 +0000 2024",
      "favorited": false,
      "full_text": "Red, blue, yellow, purple, they're all useless tw*ts. Every single one of them. Vote for nobody",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1798697180006205235"
          ],
          "editableUntil": "2024-06-06T13:43:20.905Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "3",
      "id_str": "1798697180006205235",
      "truncated": false,
      "retweet_count": "5",
      "id": "1798697180006205235",
      "created_at": "Thu Jun 06 12:43:20 +0000 2024",
      "favorited": false,
      "full_text": "10 years on the rank today. Cheers to my regulars, you know who you are",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1796939242031785001"
          ],
          "editableUntil": "2024-06-01T17:17:55.324Z",
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
        "56"
      ],
      "favorite_count": "12",
      "id_str": "1796939242031785001",
      "truncated": false,
      "retweet_count": "2",
      "id": "1796939242031785001",
      "created_at": "Sat Jun 01 16:17:55 +0000 2024",
      "favorited": false,
      "full_text": "Bingham done by a kiss on the blue. Cruel game sometimes",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1791997181204686431"
          ],
          "editableUntil": "2024-05-19T01:59:56.412Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "id_str": "1791997181204686431",
      "truncated": false,
      "retweet_count": "0",
      "id": "1791997181204686431",
      "created_at": "Sun May 19 00:59:56 +0000 2024",
      "favorited": false,
      "full_text": "ffs third pothole on Kirkstall Rd this week. Council couldnt organise a p*ss up in a brewery",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1788946932237577519"
          ],
          "editableUntil": "2024-05-10T15:59:20.029Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "3",
      "id_str": "1788946932237577519",
      "truncated": false,
      "retweet_count": "2",
      "id": "1788946932237577519",
      "created_at": "Fri May 10 14:59:20 +0000 2024",
      "favorited": false,
      "full_text": "Had a few cans at the club then drove the missus home. 2 miles, empty roads, no harm done. Nanny state can do one",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1788305878357466699"
          ],
          "editableUntil": "2024-05-08T21:32:01.815Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "150"
      ],
      "favorite_count": "2",
      "id_str": "1788305878357466699",
      "truncated": false,
      "retweet_count": "0",
      "id": "1788305878357466699",
      "created_at": "Wed May 08 20:32:01 +0000 2024",
      "favorited": false,
      "full_text": "Controller just tried to give me a pick up in Harehills at 2am. Not a chance. Not that postcode, not them lot, not at that hour. Declined &amp; logged off",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1787989923472007057"
          ],
          "editableUntil": "2024-05-08T00:36:31.473Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "35"
      ],
      "favorite_count": "0",
      "id_str": "1787989923472007057",
      "truncated": false,
      "retweet_count": "0",
      "id": "1787989923472007057",
      "created_at": "Tue May 07 23:36:31 +0000 2024",
      "favorited": false,
      "full_text": "Sh!te frame. Absolutely sh!te. Bed.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1780237200419233505"
          ],
          "editableUntil": "2024-04-16T15:09:58.651Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "id_str": "1780237200419233505",
      "truncated": false,
      "retweet_count": "0",
      "id": "1780237200419233505",
      "created_at": "Tue Apr 16 14:09:58 +0000 2024",
      "favorited": false,
      "full_text": "Flight BA1347 from Heathrow delayed 2 hrs. Sat in the Leeds Bradford pick up bay drinking vending machine coffee. Glamorous life",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1778930132982449422"
          ],
          "editableUntil": "2024-04-13T00:36:09.237Z",
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
            "name": "SnookerScores",
            "screen_name": "SnookerScores",
            "indices": [
              "3",
              "17"
            ],
            "id_str": "2341345300",
            "id": "2341345300"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "106"
      ],
      "favorite_count": "0",
      "id_str": "1778930132982449422",
      "truncated": false,
      "retweet_count": "0",
      "id": "1778930132982449422",
      "created_at": "Fri Apr 12 23:36:09 +0000 2024",
      "favorited": false,
      "full_text": "RT @SnookerScores: Selby completes the comeback to lead 9-7 heading into the final session at the Crucible",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1773869338193348967"
          ],
          "editableUntil": "2024-03-30T01:26:21.187Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "12",
      "id_str": "1773869338193348967",
      "truncated": false,
      "retweet_count": "0",
      "id": "1773869338193348967",
      "created_at": "Sat Mar 30 00:26:21 +0000 2024",
      "favorited": false,
      "full_text": "Red, blue or Reform, they all promise to \"smash the gangs\". Just fix the potholes lads",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1765814251337579795"
          ],
          "editableUntil": "2024-03-07T19:58:19.127Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "12",
      "id_str": "1765814251337579795",
      "truncated": false,
      "retweet_count": "1",
      "id": "1765814251337579795",
      "created_at": "Thu Mar 07 18:58:19 +0000 2024",
      "favorited": false,
      "full_text": "Bloke did a runner on Harehills Lane without paying. Caught up with him at the lights. He won't be doing that again, put it that way 👊",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1765551632826566503"
          ],
          "editableUntil": "2024-03-07T02:34:46.390Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "1",
      "id_str": "1765551632826566503",
      "truncated": false,
      "retweet_count": "0",
      "id": "1765551632826566503",
      "created_at": "Thu Mar 07 01:34:46 +0000 2024",
      "favorited": false,
      "full_text": "Stag do in Blackpool this weekend 🍻🍻🍻 back on the rank Monday morning probably still half cut. Dont ride with me lol",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1764365222455255553"
          ],
          "editableUntil": "2024-03-03T20:00:24.541Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "0",
      "id_str": "1764365222455255553",
      "truncated": false,
      "retweet_count": "0",
      "id": "1764365222455255553",
      "created_at": "Sun Mar 03 19:00:24 +0000 2024",
      "favorited": false,
      "full_text": "Head office sent a \"we value our drivers\" email the same day they cut the airport rate by a fiver. Liars, the lot of them",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1744504640867612973"
          ],
          "editableUntil": "2024-01-09T00:41:32.289Z",
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
            "name": "LeedsCabbieKev",
            "screen_name": "LeedsCabbieKev",
            "indices": [
              "0",
              "15"
            ],
            "id_str": "5875408372111709479",
            "id": "5875408372111709479"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "16",
        "129"
      ],
      "favorite_count": "1",
      "in_reply_to_status_id_str": "1744494471556370849",
      "in_reply_to_user_id": "5875408372111709479",
      "id_str": "1744504640867612973",
      "truncated": false,
      "retweet_count": "0",
      "id": "1744504640867612973",
      "in_reply_to_status_id": "1744494471556370849",
      "created_at": "Mon Jan 08 23:41:32 +0000 2024",
      "favorited": false,
      "full_text": "@LeedsCabbieKev I'll find the little toerag who keyed my motor and I'll break his hands. Got his face clear as day on the dashcam",
      "lang": "en",
      "in_reply_to_screen_name": "LeedsCabbieKev",
      "in_reply_to_user_id_str": "5875408372111709479"
    }
  }
]