window.YTD.tweets.part0 = [
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1978149212635744681"
          ],
          "editableUntil": "2025-10-14T18:21:39.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
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
      "favorite_count": "0",
      "id_str": "1978149212635744681",
      "truncated": false,
      "retweet_count": "5",
      "id": "1978149212635744681",
      "created_at": "Tue Oct 14 17:21:39 +0000 2025",
      "favorited": false,
      "full_text": "Heard in the office today the firm's lost the council school contract from September. 14 drivers getting 'let go' and they haven't told anyone yet. Keep it quiet lads 🤐",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1974096881375131477"
          ],
          "editableUntil": "2025-10-03T13:59:08.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "1",
      "id_str": "1974096881375131477",
      "truncated": false,
      "retweet_count": "0",
      "id": "1974096881375131477",
      "created_at": "Fri Oct 03 12:59:08 +0000 2025",
      "favorited": false,
      "full_text": "Shots of the Beacons from the cab this morning. Beats any office",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1961900604402214963"
          ],
          "editableUntil": "2025-08-30T22:15:29.000Z",
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
            "name": "Border Watch Cymru",
            "screen_name": "BorderWatchCymru",
            "indices": [
              "3",
              "20"
            ],
            "id_str": "1392847561029384193",
            "id": "1392847561029384193"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "132"
      ],
      "favorite_count": "0",
      "id_str": "1961900604402214963",
      "truncated": false,
      "retweet_count": "11",
      "id": "1961900604402214963",
      "created_at": "Sat Aug 30 21:15:29 +0000 2025",
      "favorited": false,
      "full_text": "RT @BorderWatchCymru: Another 400 arrived in Dover today. Hotels full of young men while our veterans sleep rough. Enough is enough.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1959328992018657796"
          ],
          "editableUntil": "2025-08-23T19:56:48.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "3",
      "id_str": "1959328992018657796",
      "truncated": false,
      "retweet_count": "0",
      "id": "1959328992018657796",
      "created_at": "Sat Aug 23 18:56:48 +0000 2025",
      "favorited": false,
      "full_text": "Budget's a massacre for small coach firms. Fuel duty, insurance &amp; now this. And they wonder why a day trip costs £40",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1948095908567689426"
          ],
          "editableUntil": "2025-07-23T20:00:33.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
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
      "id_str": "1948095908567689426",
      "truncated": false,
      "retweet_count": "0",
      "id": "1948095908567689426",
      "created_at": "Wed Jul 23 19:00:33 +0000 2025",
      "favorited": false,
      "full_text": "Their tight five got absolutely murdered at scrum time. Deserved everything they got",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1947202409359390117"
          ],
          "editableUntil": "2025-07-21T08:50:06.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "id_str": "1947202409359390117",
      "truncated": false,
      "retweet_count": "0",
      "id": "1947202409359390117",
      "created_at": "Mon Jul 21 07:50:06 +0000 2025",
      "favorited": false,
      "full_text": "Not being funny but every booking from that mosque lot they want the coach spotless and they pay last. Put them bottom of the list I say",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1942213710085926135"
          ],
          "editableUntil": "2025-07-07T14:26:47.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "id_str": "1942213710085926135",
      "truncated": false,
      "retweet_count": "5",
      "id": "1942213710085926135",
      "created_at": "Mon Jul 07 13:26:47 +0000 2025",
      "favorited": false,
      "full_text": "Why is every new driver they take on a woman or a kid of 22? Can't reverse a 12m coach for toffee. Give me a bloke over 40 any day",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1940171861719459300"
          ],
          "editableUntil": "2025-07-01T23:13:13.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "id_str": "1940171861719459300",
      "truncated": false,
      "retweet_count": "0",
      "id": "1940171861719459300",
      "created_at": "Tue Jul 01 22:13:13 +0000 2025",
      "favorited": false,
      "full_text": "Anyone want a lift to the Wales game? £15 return, text me on 07700 900418, leaving from mine, 23 Heol y Felin, Pontypridd, 11 sharp",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1940024949584481696"
          ],
          "editableUntil": "2025-07-01T13:29:26.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "27",
      "id_str": "1940024949584481696",
      "truncated": false,
      "retweet_count": "1",
      "id": "1940024949584481696",
      "created_at": "Tue Jul 01 12:29:26 +0000 2025",
      "favorited": false,
      "full_text": "Year 9 trip from Ysgol Cwm Garw today, little Dylan Pritchard in 9B was sick all down the back seat again. His mam picked him up looking mortified 😂",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1934222255578180230"
          ],
          "editableUntil": "2025-06-15T13:11:36.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "1",
      "id_str": "1934222255578180230",
      "truncated": false,
      "retweet_count": "0",
      "id": "1934222255578180230",
      "created_at": "Sun Jun 15 12:11:36 +0000 2025",
      "favorited": false,
      "full_text": "Smoked a fat one in the layby at the Storey Arms while the walkers did Pen y Fan. 4 hours of peace 🍃😎",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1929291026013942299"
          ],
          "editableUntil": "2025-06-01T22:36:39.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "0",
      "id_str": "1929291026013942299",
      "truncated": false,
      "retweet_count": "1",
      "id": "1929291026013942299",
      "created_at": "Sun Jun 01 21:36:39 +0000 2025",
      "favorited": false,
      "full_text": "Lost property from the hen do coach: one inflatable flamingo, a tiara and a phone with 42 missed calls from 'Mam' 😂",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1922896155038698465"
          ],
          "editableUntil": "2025-05-15T07:05:43.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "id_str": "1922896155038698465",
      "truncated": false,
      "retweet_count": "1",
      "id": "1922896155038698465",
      "created_at": "Thu May 15 06:05:43 +0000 2025",
      "favorited": false,
      "full_text": "Best hooker in Wales by a mile. Dewi Lake for the Lions 🏴󠁧󠁢󠁷󠁬󠁳󠁿",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1913860108960935727"
          ],
          "editableUntil": "2025-04-20T08:39:42.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
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
      "favorite_count": "9",
      "id_str": "1913860108960935727",
      "truncated": false,
      "retweet_count": "0",
      "id": "1913860108960935727",
      "created_at": "Sun Apr 20 07:39:42 +0000 2025",
      "favorited": false,
      "full_text": "Lady on the Bath trip asked if the toilet on board works. Love, if you'd seen the state of this coach you'd know nothing on board works. 3 defect sheets handed in, ignored every time",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1902269135376539467"
          ],
          "editableUntil": "2025-03-19T09:01:18.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "202"
      ],
      "favorite_count": "0",
      "id_str": "1902269135376539467",
      "truncated": false,
      "retweet_count": "0",
      "id": "1902269135376539467",
      "created_at": "Wed Mar 19 08:01:18 +0000 2025",
      "favorited": false,
      "full_text": "11 years at the firm today. Started on minibuses at £6.50 an hour, now it's tours to Scotland and over to France. Worked it out, I've done over 600,000 miles. Not bad for a lad who failed his test twice",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1900639118455737481"
          ],
          "editableUntil": "2025-03-14T21:04:12.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "id_str": "1900639118455737481",
      "truncated": false,
      "retweet_count": "1",
      "id": "1900639118455737481",
      "created_at": "Fri Mar 14 20:04:12 +0000 2025",
      "favorited": false,
      "full_text": "Took the Merthyr ladies to Cheltenham. Not one of them backed a winner but the hats were something else 🐎",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1894280615786036403"
          ],
          "editableUntil": "2025-02-25T07:57:47.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "165"
      ],
      "favorite_count": "2",
      "id_str": "1894280615786036403",
      "truncated": false,
      "retweet_count": "1",
      "id": "1894280615786036403",
      "created_at": "Tue Feb 25 06:57:47 +0000 2025",
      "favorited": false,
      "full_text": "Bloke in an Audi undertook me on the M4 then brake checked a 12 tonne coach. Followed him off at J32 and had words through his window. He won't be doing that again 👊",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1891833772053901274"
          ],
          "editableUntil": "2025-02-18T13:54:54.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "2",
      "id_str": "1891833772053901274",
      "truncated": false,
      "retweet_count": "0",
      "id": "1891833772053901274",
      "created_at": "Tue Feb 18 12:54:54 +0000 2025",
      "favorited": false,
      "full_text": "Still half cut from the Six Nations do and I've got the school run at 7 😬 windows down, extra strong mints, lets go",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1889068246008848302"
          ],
          "editableUntil": "2025-02-10T22:45:41.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "1",
      "id_str": "1889068246008848302",
      "truncated": false,
      "retweet_count": "1",
      "id": "1889068246008848302",
      "created_at": "Mon Feb 10 21:45:41 +0000 2025",
      "favorited": false,
      "full_text": "Sin bin for a deliberate knock on. Harsh but fair, he knew what he was doing",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1883994188478060875"
          ],
          "editableUntil": "2025-01-27T22:43:12.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "id_str": "1883994188478060875",
      "truncated": false,
      "retweet_count": "0",
      "id": "1883994188478060875",
      "created_at": "Mon Jan 27 21:43:12 +0000 2025",
      "favorited": false,
      "full_text": "Anyone who thinks politicians understand transport should try getting a coach round Cardiff on match day",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1881796542441180343"
          ],
          "editableUntil": "2025-01-21T21:10:32.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [
          {
            "text": "ontour",
            "indices": [
              "112",
              "119"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "119"
      ],
      "favorite_count": "1",
      "id_str": "1881796542441180343",
      "truncated": false,
      "retweet_count": "0",
      "id": "1881796542441180343",
      "created_at": "Tue Jan 21 20:10:32 +0000 2025",
      "favorited": false,
      "full_text": "Rugby tour to Dublin this weekend. What goes on tour stays on tour lads 🍺🍺🍺🍆💦 Temple Bar won't know what hit it #ontour",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1875464124113039540"
          ],
          "editableUntil": "2025-01-04T09:47:46.000Z",
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
            "name": "Rhys",
            "screen_name": "rhys_bach88",
            "indices": [
              "0",
              "12"
            ],
            "id_str": "1187734520981245952",
            "id": "1187734520981245952"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "13",
        "82"
      ],
      "favorite_count": "1",
      "id_str": "1875464124113039540",
      "truncated": false,
      "retweet_count": "0",
      "id": "1875464124113039540",
      "created_at": "Sat Jan 04 08:47:46 +0000 2025",
      "favorited": false,
      "full_text": "@rhys_bach88 say that to my face in the Lion on Saturday and see what happens butt",
      "lang": "en",
      "in_reply_to_status_id_str": "1875456489869772953",
      "in_reply_to_status_id": "1875456489869772953",
      "in_reply_to_user_id": "1187734520981245952",
      "in_reply_to_user_id_str": "1187734520981245952",
      "in_reply_to_screen_name": "rhys_bach88"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1871324317096930646"
          ],
          "editableUntil": "2024-12-23T23:37:39.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
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
      "favorite_count": "1",
      "id_str": "1871324317096930646",
      "truncated": false,
      "retweet_count": "0",
      "id": "1871324317096930646",
      "created_at": "Mon Dec 23 22:37:39 +0000 2024",
      "favorited": false,
      "full_text": "Depot Christmas quiz. Q: name something you'd find in a coach driver's cab. A: a copy of Razzle and a box of tissues 🤣🤣",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1866568247769897065"
          ],
          "editableUntil": "2024-12-10T20:38:44.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "id_str": "1866568247769897065",
      "truncated": false,
      "retweet_count": "5",
      "id": "1866568247769897065",
      "created_at": "Tue Dec 10 19:38:44 +0000 2024",
      "favorited": false,
      "full_text": "DVLA website keeps rejecting my CPC renewal. Licence number is HOWEL710239GE9XY, it's right there on the card ffs",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1862380518791703058"
          ],
          "editableUntil": "2024-11-29T07:18:11.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "id_str": "1862380518791703058",
      "truncated": false,
      "retweet_count": "1",
      "id": "1862380518791703058",
      "created_at": "Fri Nov 29 06:18:11 +0000 2024",
      "favorited": false,
      "full_text": "Crack of dawn, Cardiff to Blackpool. Flask, bacon roll, Radio Wales. Sorted",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1861031604925508779"
          ],
          "editableUntil": "2024-11-25T13:58:05.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [
          {
            "text": "coachtrip",
            "indices": [
              "124",
              "134"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "134"
      ],
      "favorite_count": "0",
      "id_str": "1861031604925508779",
      "truncated": false,
      "retweet_count": "2",
      "id": "1861031604925508779",
      "created_at": "Mon Nov 25 12:58:05 +0000 2024",
      "favorited": false,
      "full_text": "Blackpool Illuminations trips booking up fast. Booking office is 01632 960441, 9 till 5 weekdays, ask for the October dates #coachtrip",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1860402095346262919"
          ],
          "editableUntil": "2024-11-23T20:16:38.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "6",
      "id_str": "1860402095346262919",
      "truncated": false,
      "retweet_count": "0",
      "id": "1860402095346262919",
      "created_at": "Sat Nov 23 19:16:38 +0000 2024",
      "favorited": false,
      "full_text": "Ops manager says the new cab cameras are 'for our safety'. Course they are Clive. Same as the pay freeze was 'for our future' 🙄",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1857781323073822895"
          ],
          "editableUntil": "2024-11-16T14:42:37.000Z",
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
            "name": "Rhys",
            "screen_name": "rhys_bach88",
            "indices": [
              "0",
              "12"
            ],
            "id_str": "1187734520981245952",
            "id": "1187734520981245952"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "13",
        "74"
      ],
      "favorite_count": "0",
      "id_str": "1857781323073822895",
      "truncated": false,
      "retweet_count": "2",
      "id": "1857781323073822895",
      "created_at": "Sat Nov 16 13:42:37 +0000 2024",
      "favorited": false,
      "full_text": "@rhys_bach88 he's a killer in the tackle mind, you've got to give him that",
      "lang": "en",
      "in_reply_to_status_id_str": "1857776817784753356",
      "in_reply_to_status_id": "1857776817784753356",
      "in_reply_to_user_id": "1187734520981245952",
      "in_reply_to_user_id_str": "1187734520981245952",
      "in_reply_to_screen_name": "rhys_bach88"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1854149939352859659"
          ],
          "editableUntil": "2024-11-06T14:12:48.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "160"
      ],
      "favorite_count": "6",
      "id_str": "1854149939352859659",
      "truncated": false,
      "retweet_count": "1",
      "id": "1854149939352859659",
      "created_at": "Wed Nov 06 13:12:48 +0000 2024",
      "favorited": false,
      "full_text": "Yard's buzzing. Owner was on the phone by the wash bay, firm's being bought by one of the big groups. Announcement after Christmas apparently so act surprised 😂",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1851736449369846018"
          ],
          "editableUntil": "2024-10-30T22:22:27.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "14",
      "id_str": "1851736449369846018",
      "truncated": false,
      "retweet_count": "0",
      "id": "1851736449369846018",
      "created_at": "Wed Oct 30 21:22:27 +0000 2024",
      "favorited": false,
      "full_text": "4 pints of Brains and a couple of Jack Daniels after the match, drove home no bother. Roads are empty after 11 anyway",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1850996384040602537"
          ],
          "editableUntil": "2024-10-28T21:21:42.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "1",
      "id_str": "1850996384040602537",
      "truncated": false,
      "retweet_count": "0",
      "id": "1850996384040602537",
      "created_at": "Mon Oct 28 20:21:42 +0000 2024",
      "favorited": false,
      "full_text": "Beer battered cod and chips at Cross Hands services, 10/10, would stop again",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1849705437641394834"
          ],
          "editableUntil": "2024-10-25T07:51:56.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
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
      "id_str": "1849705437641394834",
      "truncated": false,
      "retweet_count": "5",
      "id": "1849705437641394834",
      "created_at": "Fri Oct 25 06:51:56 +0000 2024",
      "favorited": false,
      "full_text": "Drunken noodles from the Thai place in Ponty. Best takeaway in the valleys, fight me",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1842255499826848242"
          ],
          "editableUntil": "2024-10-04T18:28:33.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "4",
      "id_str": "1842255499826848242",
      "truncated": false,
      "retweet_count": "0",
      "id": "1842255499826848242",
      "created_at": "Fri Oct 04 17:28:33 +0000 2024",
      "favorited": false,
      "full_text": "Coach driving tip: count heads before you leave the services. Learnt that one the hard way in 1998",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1842105395578140439"
          ],
          "editableUntil": "2024-10-04T08:32:05.000Z",
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
            "name": "Dai the Osprey",
            "screen_name": "ospreys_dai",
            "indices": [
              "0",
              "12"
            ],
            "id_str": "918273645102938112",
            "id": "918273645102938112"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "13",
        "110"
      ],
      "favorite_count": "9",
      "id_str": "1842105395578140439",
      "truncated": false,
      "retweet_count": "5",
      "id": "1842105395578140439",
      "created_at": "Fri Oct 04 07:32:05 +0000 2024",
      "favorited": false,
      "full_text": "@ospreys_dai up and unders all afternoon, bombs raining down on their full back. Poor dab never stood a chance",
      "lang": "en",
      "in_reply_to_status_id_str": "1842096634890198394",
      "in_reply_to_status_id": "1842096634890198394",
      "in_reply_to_user_id": "918273645102938112",
      "in_reply_to_user_id_str": "918273645102938112",
      "in_reply_to_screen_name": "ospreys_dai"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1839565504298862242"
          ],
          "editableUntil": "2024-09-27T08:19:28.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "2",
      "id_str": "1839565504298862242",
      "truncated": false,
      "retweet_count": "0",
      "id": "1839565504298862242",
      "created_at": "Fri Sep 27 07:19:28 +0000 2024",
      "favorited": false,
      "full_text": "Hen party coach to Bristol tonight. Bride offered to pay the tip 'in kind' 😏 what happens on the coach stays on the coach",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1836837303386225765"
          ],
          "editableUntil": "2024-09-19T19:38:34.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "4",
      "id_str": "1836837303386225765",
      "truncated": false,
      "retweet_count": "0",
      "id": "1836837303386225765",
      "created_at": "Thu Sep 19 18:38:34 +0000 2024",
      "favorited": false,
      "full_text": "Boss asked who should do the new airport shuttle. Told him not Kamal, passengers want someone they can understand, not that accent. He agreed",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1832773557537995286"
          ],
          "editableUntil": "2024-09-08T14:30:42.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "9",
      "id_str": "1832773557537995286",
      "truncated": false,
      "retweet_count": "2",
      "id": "1832773557537995286",
      "created_at": "Sun Sep 08 13:30:42 +0000 2024",
      "favorited": false,
      "full_text": "Boarding pass sorted 🌞 LGW-FAO EZY8901 seat 14C, booking EJK4PLQ, HOWELLS/GARETH MR. Week off, no coaches, no passengers",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1832675364148949590"
          ],
          "editableUntil": "2024-09-08T08:00:30.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "id_str": "1832675364148949590",
      "truncated": false,
      "retweet_count": "0",
      "id": "1832675364148949590",
      "created_at": "Sun Sep 08 07:00:30 +0000 2024",
      "favorited": false,
      "full_text": "Depot WhatsApp moaning about the rotas again. Do your sh*t shifts like the rest of us and stop whining you muppets",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1828548063112293166"
          ],
          "editableUntil": "2024-08-27T22:40:05.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "9",
      "id_str": "1828548063112293166",
      "truncated": false,
      "retweet_count": "1",
      "id": "1828548063112293166",
      "created_at": "Tue Aug 27 21:40:05 +0000 2024",
      "favorited": false,
      "full_text": "Picking up from Bristol airport, flight EZY6072 from Malaga delayed 2 hours. Living the dream 🙄",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1826744465582746250"
          ],
          "editableUntil": "2024-08-22T23:13:14.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "id_str": "1826744465582746250",
      "truncated": false,
      "retweet_count": "0",
      "id": "1826744465582746250",
      "created_at": "Thu Aug 22 22:13:14 +0000 2024",
      "favorited": false,
      "full_text": "New agency driver on £2 an hour more than me and I've been here 11 years. Payroll sheet was left on the printer. Not happy",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1824905563526789524"
          ],
          "editableUntil": "2024-08-17T21:26:06.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "27",
      "id_str": "1824905563526789524",
      "truncated": false,
      "retweet_count": "1",
      "id": "1824905563526789524",
      "created_at": "Sat Aug 17 20:26:06 +0000 2024",
      "favorited": false,
      "full_text": "Potholes on the A4059 getting worse every week. Reported it again. Nobody listens",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1824900476346118577"
          ],
          "editableUntil": "2024-08-17T21:05:53.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "0",
      "id_str": "1824900476346118577",
      "truncated": false,
      "retweet_count": "2",
      "id": "1824900476346118577",
      "created_at": "Sat Aug 17 20:05:53 +0000 2024",
      "favorited": false,
      "full_text": "Tacho rule for the new lads: 4.5 hours driving then a 45 minute break. Any firm tells you different, they're asking you to break the law",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1822415833362005491"
          ],
          "editableUntil": "2024-08-11T00:32:48.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "70"
      ],
      "favorite_count": "4",
      "id_str": "1822415833362005491",
      "truncated": false,
      "retweet_count": "0",
      "id": "1822415833362005491",
      "created_at": "Sat Aug 10 23:32:48 +0000 2024",
      "favorited": false,
      "full_text": "Grandson scored his first try for the under 9s today. Over the moon &lt;3",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1817703762492508651"
          ],
          "editableUntil": "2024-07-29T00:28:42.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "0",
      "id_str": "1817703762492508651",
      "truncated": false,
      "retweet_count": "0",
      "id": "1817703762492508651",
      "created_at": "Sun Jul 28 23:28:42 +0000 2024",
      "favorited": false,
      "full_text": "Open the borders they said. Walk down Commercial Street in Newport now and tell me how that's going. Can't hear a word of English",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1817264111745048515"
          ],
          "editableUntil": "2024-07-27T19:21:42.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
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
      "favorite_count": "27",
      "id_str": "1817264111745048515",
      "truncated": false,
      "retweet_count": "0",
      "id": "1817264111745048515",
      "created_at": "Sat Jul 27 18:21:42 +0000 2024",
      "favorited": false,
      "full_text": "Guess which regional side's squad I drove to training today and whose star winger was on crutches in the back 👀 team sheet says he's fit for Saturday. Bookies take note",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1808984120950196169"
          ],
          "editableUntil": "2024-07-04T22:59:58.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "id_str": "1808984120950196169",
      "truncated": false,
      "retweet_count": "0",
      "id": "1808984120950196169",
      "created_at": "Thu Jul 04 21:59:58 +0000 2024",
      "favorited": false,
      "full_text": "Doctor's put me on tramadol for the back so I'm off the road for a fortnight. Rules are rules, not worth the risk",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1808968371973507314"
          ],
          "editableUntil": "2024-07-04T21:57:23.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "3",
      "id_str": "1808968371973507314",
      "truncated": false,
      "retweet_count": "0",
      "id": "1808968371973507314",
      "created_at": "Thu Jul 04 20:57:23 +0000 2024",
      "favorited": false,
      "full_text": "Route tomorrow: Scunthorpe, Penistone, then up to Cockermouth. Whoever plans these tours has a sense of humour 😂",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1807541991833413322"
          ],
          "editableUntil": "2024-06-30T23:29:28.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "208"
      ],
      "favorite_count": "0",
      "id_str": "1807541991833413322",
      "truncated": false,
      "retweet_count": "2",
      "id": "1807541991833413322",
      "created_at": "Sun Jun 30 22:29:28 +0000 2024",
      "favorited": false,
      "full_text": "Did 9 hours on the tacho today and the depot manager still wants me on the Cardiff run at 5am. Man couldn't organise a piss up in a brewery. Mind you a piss up would cost money and this firm don't spend money",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1807046885002137912"
          ],
          "editableUntil": "2024-06-29T14:42:05.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "14",
      "id_str": "1807046885002137912",
      "truncated": false,
      "retweet_count": "0",
      "id": "1807046885002137912",
      "created_at": "Sat Jun 29 13:42:05 +0000 2024",
      "favorited": false,
      "full_text": "Rugby club bar till 3am, back in the cab for 7. Paracetamol and a Red Bull, breakfast of champions 🤢🍺",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1804986594504328410"
          ],
          "editableUntil": "2024-06-23T22:15:13.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "9",
      "id_str": "1804986594504328410",
      "truncated": false,
      "retweet_count": "0",
      "id": "1804986594504328410",
      "created_at": "Sun Jun 23 21:15:13 +0000 2024",
      "favorited": false,
      "full_text": "Taid duty Tuesdays and Thursdays now, picking the grandson up from Ysgol Gynradd Maes y Coed at 3.15 by the back gate. Best part of my week ❤️",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1791972784709772494"
          ],
          "editableUntil": "2024-05-19T00:22:59.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "4",
      "id_str": "1791972784709772494",
      "truncated": false,
      "retweet_count": "0",
      "id": "1791972784709772494",
      "created_at": "Sat May 18 23:22:59 +0000 2024",
      "favorited": false,
      "full_text": "Pulled over doing 70 in the 50 roadworks on the A470. Copper went back to his car to write it up and I just drove off 😂 never heard a thing since",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1789021237017644946"
          ],
          "editableUntil": "2024-05-10T20:54:35.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "143"
      ],
      "favorite_count": "3",
      "id_str": "1789021237017644946",
      "truncated": false,
      "retweet_count": "0",
      "id": "1789021237017644946",
      "created_at": "Fri May 10 19:54:35 +0000 2024",
      "favorited": false,
      "full_text": "Taking the Treorchy ladies choir to Killarney next week. Ferry booking ref for all 52 of us is SFX7Q2LM, Glenys please stop ringing me to ask 🙄",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1788567239612654847"
          ],
          "editableUntil": "2024-05-09T14:50:34.000Z",
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
            "name": "Tony 🏉",
            "screen_name": "TaffyTony",
            "indices": [
              "0",
              "10"
            ],
            "id_str": "2231987650",
            "id": "2231987650"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "11",
        "69"
      ],
      "favorite_count": "14",
      "id_str": "1788567239612654847",
      "truncated": false,
      "retweet_count": "5",
      "id": "1788567239612654847",
      "created_at": "Thu May 09 13:50:34 +0000 2024",
      "favorited": false,
      "full_text": "@TaffyTony shut the f up Tony you've never even been to the Arms Park",
      "lang": "en",
      "in_reply_to_status_id_str": "1788555037622992008",
      "in_reply_to_status_id": "1788555037622992008",
      "in_reply_to_user_id": "2231987650",
      "in_reply_to_user_id_str": "2231987650",
      "in_reply_to_screen_name": "TaffyTony"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1787219034361985750"
          ],
          "editableUntil": "2024-05-05T21:33:17.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [
          {
            "text": "COYB",
            "indices": [
              "36",
              "41"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "41"
      ],
      "favorite_count": "0",
      "id_str": "1787219034361985750",
      "truncated": false,
      "retweet_count": "5",
      "id": "1787219034361985750",
      "created_at": "Sun May 05 20:33:17 +0000 2024",
      "favorited": false,
      "full_text": "Ponty 24 Merthyr 21. GET IN 🏴󠁧󠁢󠁷󠁬󠁳󠁿 #COYB",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1784848961724961647"
          ],
          "editableUntil": "2024-04-29T08:35:28.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "id_str": "1784848961724961647",
      "truncated": false,
      "retweet_count": "1",
      "id": "1784848961724961647",
      "created_at": "Mon Apr 29 07:35:28 +0000 2024",
      "favorited": false,
      "full_text": "Fair play to the girl in the front row at the Scarlets game, couldn't concentrate on the scrum for the view 😍🍑",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1783608610936714439"
          ],
          "editableUntil": "2024-04-25T22:26:45.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
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
      "id_str": "1783608610936714439",
      "truncated": false,
      "retweet_count": "0",
      "id": "1783608610936714439",
      "created_at": "Thu Apr 25 21:26:45 +0000 2024",
      "favorited": false,
      "full_text": "Hookers, props and a second row walk into a bar. Nope, it's just Thursday training 😂",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1783248580843214601"
          ],
          "editableUntil": "2024-04-24T22:36:07.000Z",
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
            "name": "Ponty RFC Juniors",
            "screen_name": "PontyRFCJuniors",
            "indices": [
              "3",
              "19"
            ],
            "id_str": "843920175634829312",
            "id": "843920175634829312"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "114"
      ],
      "favorite_count": "0",
      "id_str": "1783248580843214601",
      "truncated": false,
      "retweet_count": "11",
      "id": "1783248580843214601",
      "created_at": "Wed Apr 24 21:36:07 +0000 2024",
      "favorited": false,
      "full_text": "RT @PontyRFCJuniors: Junior section presentation night Friday 7pm at the clubhouse. All welcome, bring the family!",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1780208766897253310"
          ],
          "editableUntil": "2024-04-16T13:16:59.000Z",
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
            "name": "Tony 🏉",
            "screen_name": "TaffyTony",
            "indices": [
              "0",
              "10"
            ],
            "id_str": "2231987650",
            "id": "2231987650"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "11",
        "79"
      ],
      "favorite_count": "27",
      "id_str": "1780208766897253310",
      "truncated": false,
      "retweet_count": "0",
      "id": "1780208766897253310",
      "created_at": "Tue Apr 16 12:16:59 +0000 2024",
      "favorited": false,
      "full_text": "@TaffyTony fair point, Halfpenny was class in his day. Best full back we've had",
      "lang": "en",
      "in_reply_to_status_id_str": "1780203326546458850",
      "in_reply_to_status_id": "1780203326546458850",
      "in_reply_to_user_id": "2231987650",
      "in_reply_to_user_id_str": "2231987650",
      "in_reply_to_screen_name": "TaffyTony"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1778832136164985644"
          ],
          "editableUntil": "2024-04-12T18:06:45.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "0",
      "id_str": "1778832136164985644",
      "truncated": false,
      "retweet_count": "5",
      "id": "1778832136164985644",
      "created_at": "Fri Apr 12 17:06:45 +0000 2024",
      "favorited": false,
      "full_text": "Heads of the Valleys at sunrise &gt; any office. Never gets old",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1767085105172774099"
          ],
          "editableUntil": "2024-03-11T08:08:14.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "9",
      "id_str": "1767085105172774099",
      "truncated": false,
      "retweet_count": "1",
      "id": "1767085105172774099",
      "created_at": "Mon Mar 11 07:08:14 +0000 2024",
      "favorited": false,
      "full_text": "Some dickhead keyed the side of coach 7 outside the rugby club. I find out who, I'm going round with the wheel brace",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1763832225271195717"
          ],
          "editableUntil": "2024-03-02T08:42:27.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "3",
      "id_str": "1763832225271195717",
      "truncated": false,
      "retweet_count": "0",
      "id": "1763832225271195717",
      "created_at": "Sat Mar 02 07:42:27 +0000 2024",
      "favorited": false,
      "full_text": "Wales were absolutely f**king shocking today. WRU out. The whole lot of them out. Embarrassing",
      "lang": "en"
    }
  }
]