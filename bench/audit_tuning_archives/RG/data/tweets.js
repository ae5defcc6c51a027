window.YTD.tweets.part0 = [
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "2001940489008692403"
          ],
          "editableUntil": "2025-12-19T09:59:41.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "kieranmtv",
            "screen_name": "kieranmtv_",
            "indices": [
              "0",
              "11"
            ],
            "id_str": "912375836777122798",
            "id": "912375836777122798"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "12",
        "53"
      ],
      "favorite_count": "14",
      "id_str": "2001940489008692403",
      "truncated": false,
      "retweet_count": "1",
      "id": "2001940489008692403",
      "created_at": "Fri Dec 19 08:59:41 +0000 2025",
      "favorited": false,
      "full_text": "@kieranmtv_ you can come recouple with me any time 👀🍑",
      "lang": "en",
      "in_reply_to_status_id_str": "2001914626153172266",
      "in_reply_to_status_id": "2001914626153172266",
      "in_reply_to_user_id": "912375836777122798",
      "in_reply_to_user_id_str": "912375836777122798",
      "in_reply_to_screen_name": "kieranmtv_"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "2000673541620752302"
          ],
          "editableUntil": "2025-12-15T22:05:17.000Z",
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
        "38"
      ],
      "favorite_count": "14",
      "id_str": "2000673541620752302",
      "truncated": false,
      "retweet_count": "0",
      "id": "2000673541620752302",
      "created_at": "Mon Dec 15 21:05:17 +0000 2025",
      "favorited": false,
      "full_text": "i'd kill for Maya Jama's hair honestly",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1999838178271921828"
          ],
          "editableUntil": "2025-12-13T14:45:51.000Z",
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
        "46"
      ],
      "favorite_count": "14",
      "id_str": "1999838178271921828",
      "truncated": false,
      "retweet_count": "0",
      "id": "1999838178271921828",
      "created_at": "Sat Dec 13 13:45:51 +0000 2025",
      "favorited": false,
      "full_text": "Dick Van Dyke is 100 and still dancing. legend",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1991289726221303666"
          ],
          "editableUntil": "2025-11-20T00:37:21.000Z",
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
        "141"
      ],
      "favorite_count": "3",
      "id_str": "1991289726221303666",
      "truncated": false,
      "retweet_count": "0",
      "id": "1991289726221303666",
      "created_at": "Wed Nov 19 23:37:21 +0000 2025",
      "favorited": false,
      "full_text": "new girl on our team just announced she's pregnant. 4 months in. they should've asked at the interview tbh, now we're all covering her shifts",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1985121832223490065"
          ],
          "editableUntil": "2025-11-03T00:08:21.000Z",
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
      "favorite_count": "27",
      "id_str": "1985121832223490065",
      "truncated": false,
      "retweet_count": "0",
      "id": "1985121832223490065",
      "created_at": "Sun Nov 02 23:08:21 +0000 2025",
      "favorited": false,
      "full_text": "does anyone else's mum ring them just to ask how to work the telly",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1973113888934015256"
          ],
          "editableUntil": "2025-09-30T20:53:04.000Z",
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
        "82"
      ],
      "favorite_count": "0",
      "id_str": "1973113888934015256",
      "truncated": false,
      "retweet_count": "1",
      "id": "1973113888934015256",
      "created_at": "Tue Sep 30 19:53:04 +0000 2025",
      "favorited": false,
      "full_text": "drove home from the pres 4 vodkas deep and didn't get pulled. roads were empty tbf",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1970915068234128141"
          ],
          "editableUntil": "2025-09-24T19:15:44.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "therealtazz",
            "screen_name": "therealtazz_",
            "indices": [
              "0",
              "13"
            ],
            "id_str": "781265824285626653",
            "id": "781265824285626653"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "14",
        "140"
      ],
      "favorite_count": "0",
      "id_str": "1970915068234128141",
      "truncated": false,
      "retweet_count": "1",
      "id": "1970915068234128141",
      "created_at": "Wed Sep 24 18:15:44 +0000 2025",
      "favorited": false,
      "full_text": "@therealtazz_ honestly the managers at ours couldn't run a bath. changed the script 4 times this month &amp; then blame us when the numbers drop",
      "lang": "en",
      "in_reply_to_status_id_str": "1970895806713883084",
      "in_reply_to_status_id": "1970895806713883084",
      "in_reply_to_user_id": "781265824285626653",
      "in_reply_to_user_id_str": "781265824285626653",
      "in_reply_to_screen_name": "therealtazz_"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1970899194251581506"
          ],
          "editableUntil": "2025-09-24T18:12:40.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "jadeyb_x",
            "screen_name": "jadeyb_x",
            "indices": [
              "0",
              "9"
            ],
            "id_str": "886480393284893724",
            "id": "886480393284893724"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "10",
        "65"
      ],
      "favorite_count": "14",
      "id_str": "1970899194251581506",
      "truncated": false,
      "retweet_count": "0",
      "id": "1970899194251581506",
      "created_at": "Wed Sep 24 17:12:40 +0000 2025",
      "favorited": false,
      "full_text": "@jadeyb_x lost my phone so text me on my other one 07700 900482 x",
      "lang": "en",
      "in_reply_to_status_id_str": "1970875524854328959",
      "in_reply_to_status_id": "1970875524854328959",
      "in_reply_to_user_id": "886480393284893724",
      "in_reply_to_user_id_str": "886480393284893724",
      "in_reply_to_screen_name": "jadeyb_x"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1962492970198581022"
          ],
          "editableUntil": "2025-09-01T13:29:20.000Z",
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
        "157"
      ],
      "favorite_count": "0",
      "id_str": "1962492970198581022",
      "truncated": false,
      "retweet_count": "2",
      "id": "1962492970198581022",
      "created_at": "Mon Sep 01 12:29:20 +0000 2025",
      "favorited": false,
      "full_text": "my little brother's home alone at ours on Farm Road till 6 every weds now mum's on lates, so if anyone's passing can u check he hasn't burnt the house down 😂",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1958946168872070275"
          ],
          "editableUntil": "2025-08-22T18:35:36.000Z",
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
      "favorite_count": "8",
      "id_str": "1958946168872070275",
      "truncated": false,
      "retweet_count": "0",
      "id": "1958946168872070275",
      "created_at": "Fri Aug 22 17:35:36 +0000 2025",
      "favorited": false,
      "full_text": "came into work still steaming from Jess's 21st and sold 3 broadband upgrades before 11. best agent on the floor when i'm drunk apparently 😂",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1957051076808894394"
          ],
          "editableUntil": "2025-08-17T13:05:11.000Z",
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
      "favorite_count": "14",
      "id_str": "1957051076808894394",
      "truncated": false,
      "retweet_count": "0",
      "id": "1957051076808894394",
      "created_at": "Sun Aug 17 12:05:11 +0000 2025",
      "favorited": false,
      "full_text": "finally finished The Traitors, what do i watch now. accepting recommendations",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1956095839106498008"
          ],
          "editableUntil": "2025-08-14T21:49:25.000Z",
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
      "favorite_count": "3",
      "id_str": "1956095839106498008",
      "truncated": false,
      "retweet_count": "1",
      "id": "1956095839106498008",
      "created_at": "Thu Aug 14 20:49:25 +0000 2025",
      "favorited": false,
      "full_text": "IBIZA HERE WE COME ✈️☀️ booking ref K7QZ4M, seat 14C if anyone on the 6am Jet2 wants to sit with me lol",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1951060282728458090"
          ],
          "editableUntil": "2025-08-01T00:19:55.000Z",
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
        "109"
      ],
      "favorite_count": "27",
      "id_str": "1951060282728458090",
      "truncated": false,
      "retweet_count": "4",
      "id": "1951060282728458090",
      "created_at": "Thu Jul 31 23:19:55 +0000 2025",
      "favorited": false,
      "full_text": "swear down if that girl at the bus stop gives me that look again tomorrow i'm putting her through the shelter",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1949047189812097660"
          ],
          "editableUntil": "2025-07-26T11:00:36.000Z",
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
        "59"
      ],
      "favorite_count": "5",
      "id_str": "1949047189812097660",
      "truncated": false,
      "retweet_count": "0",
      "id": "1949047189812097660",
      "created_at": "Sat Jul 26 10:00:36 +0000 2025",
      "favorited": false,
      "full_text": "outfit for tonight 😈 the girls are OUT and so is my dignity",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1947647053701171184"
          ],
          "editableUntil": "2025-07-22T14:16:57.000Z",
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
        "98"
      ],
      "favorite_count": "0",
      "id_str": "1947647053701171184",
      "truncated": false,
      "retweet_count": "2",
      "id": "1947647053701171184",
      "created_at": "Tue Jul 22 13:16:57 +0000 2025",
      "favorited": false,
      "full_text": "rang in sick with a 'migraine' after 9 jägerbombs at the Love Island final watch party. worth it 🍾",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1947276517559564312"
          ],
          "editableUntil": "2025-07-21T13:44:35.000Z",
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
      "favorite_count": "0",
      "id_str": "1947276517559564312",
      "truncated": false,
      "retweet_count": "0",
      "id": "1947276517559564312",
      "created_at": "Mon Jul 21 12:44:35 +0000 2025",
      "favorited": false,
      "full_text": "Love Island final tonight. snacks ready, phone on silent &amp; do not contact me",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1940475619207196649"
          ],
          "editableUntil": "2025-07-02T19:20:14.000Z",
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
      "favorite_count": "0",
      "id_str": "1940475619207196649",
      "truncated": false,
      "retweet_count": "4",
      "id": "1940475619207196649",
      "created_at": "Wed Jul 02 18:20:14 +0000 2025",
      "favorited": false,
      "full_text": "NEW FLAT!!! 🔑 14 Larch Close, flat 3. come round for the final, bring snacks",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1940080778253802556"
          ],
          "editableUntil": "2025-07-01T17:11:17.000Z",
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
        "50"
      ],
      "favorite_count": "27",
      "id_str": "1940080778253802556",
      "truncated": false,
      "retweet_count": "4",
      "id": "1940080778253802556",
      "created_at": "Tue Jul 01 16:11:17 +0000 2025",
      "favorited": false,
      "full_text": "Casa Amor lads can get it. all of them. at once 🍆💦",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1938312028477149956"
          ],
          "editableUntil": "2025-06-26T20:02:54.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [
          {
            "text": "LoveIsland",
            "indices": [
              "63",
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
      "favorite_count": "0",
      "id_str": "1938312028477149956",
      "truncated": false,
      "retweet_count": "2",
      "id": "1938312028477149956",
      "created_at": "Thu Jun 26 19:02:54 +0000 2025",
      "favorited": false,
      "full_text": "f*cking hell that recoupling. i actually screamed at the telly #LoveIsland",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1934610661386093638"
          ],
          "editableUntil": "2025-06-16T14:54:59.000Z",
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
        "109"
      ],
      "favorite_count": "2",
      "id_str": "1934610661386093638",
      "truncated": false,
      "retweet_count": "0",
      "id": "1934610661386093638",
      "created_at": "Mon Jun 16 13:54:59 +0000 2025",
      "favorited": false,
      "full_text": "not being funny but anyone with a brummie accent should be banned from reality tv. i physically cannot listen",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1932154485032566052"
          ],
          "editableUntil": "2025-06-09T20:15:01.000Z",
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
        "115"
      ],
      "favorite_count": "8",
      "id_str": "1932154485032566052",
      "truncated": false,
      "retweet_count": "0",
      "id": "1932154485032566052",
      "created_at": "Mon Jun 09 19:15:01 +0000 2025",
      "favorited": false,
      "full_text": "currently on hold to my OWN bank for 45 mins. the irony of being a call centre agent. this hold music is killing me",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1931496639298652651"
          ],
          "editableUntil": "2025-06-08T00:40:58.000Z",
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
        "183"
      ],
      "favorite_count": "0",
      "id_str": "1931496639298652651",
      "truncated": false,
      "retweet_count": "0",
      "id": "1931496639298652651",
      "created_at": "Sat Jun 07 23:40:58 +0000 2025",
      "favorited": false,
      "full_text": "had a lovely old man from Bolton on today called Eric, rang to cancel his wife's contract cos she passed last week, 52 years married. we talked for 40 mins about her. cried on shift 😭",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1930401049737240515"
          ],
          "editableUntil": "2025-06-05T00:07:30.000Z",
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
        "54"
      ],
      "favorite_count": "2",
      "id_str": "1930401049737240515",
      "truncated": false,
      "retweet_count": "1",
      "id": "1930401049737240515",
      "created_at": "Wed Jun 04 23:07:30 +0000 2025",
      "favorited": false,
      "full_text": "rainy sunday, roast at my nan's, couldn't ask for more",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1928522593820385348"
          ],
          "editableUntil": "2025-05-30T19:43:11.000Z",
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
            "name": "loveislandfanz",
            "screen_name": "loveislandfanz",
            "indices": [
              "3",
              "18"
            ],
            "id_str": "268304484414379049",
            "id": "268304484414379049"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "85"
      ],
      "favorite_count": "0",
      "id_str": "1928522593820385348",
      "truncated": false,
      "retweet_count": "0",
      "id": "1928522593820385348",
      "created_at": "Fri May 30 18:43:11 +0000 2025",
      "favorited": false,
      "full_text": "RT @loveislandfanz: Who's your winner? 🏆 RT for Shakira &amp; Harry, like for Toni &amp; Cach",
      "lang": "en",
      "possibly_sensitive": false
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1926986078924163314"
          ],
          "editableUntil": "2025-05-26T13:57:37.000Z",
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
        "132"
      ],
      "favorite_count": "2",
      "id_str": "1926986078924163314",
      "truncated": false,
      "retweet_count": "0",
      "id": "1926986078924163314",
      "created_at": "Mon May 26 12:57:37 +0000 2025",
      "favorited": false,
      "full_text": "cocktail masterclass for Leah's birthday, learnt to make a Sex on the Beach and a Slippery Nipple and now i'm basically a mixologist",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1926318516836196855"
          ],
          "editableUntil": "2025-05-24T17:44:58.000Z",
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
      "favorite_count": "5",
      "id_str": "1926318516836196855",
      "truncated": false,
      "retweet_count": "0",
      "id": "1926318516836196855",
      "created_at": "Sat May 24 16:44:58 +0000 2025",
      "favorited": false,
      "full_text": "flight TOM2468 to Tenerife delayed 3 hours and i'm sat in Manchester airport Greggs like a lost child",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1904483369804458560"
          ],
          "editableUntil": "2025-03-25T11:39:53.000Z",
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
        "132"
      ],
      "favorite_count": "27",
      "id_str": "1904483369804458560",
      "truncated": false,
      "retweet_count": "0",
      "id": "1904483369804458560",
      "created_at": "Tue Mar 25 10:39:53 +0000 2025",
      "favorited": false,
      "full_text": "no offence but they need to stop putting foreign agents on the UK lines. customers can't understand a word and WE get the complaints",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1903897182969996494"
          ],
          "editableUntil": "2025-03-23T20:50:35.000Z",
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
        "106"
      ],
      "favorite_count": "0",
      "id_str": "1903897182969996494",
      "truncated": false,
      "retweet_count": "0",
      "id": "1903897182969996494",
      "created_at": "Sun Mar 23 19:50:35 +0000 2025",
      "favorited": false,
      "full_text": "customers who ring at 8:58 and go 'i'll be quick' are the reason i need therapy. you were not quick sharon",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1902451163382627254"
          ],
          "editableUntil": "2025-03-19T21:04:37.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [
          {
            "text": "MAFSUK",
            "indices": [
              "26",
              "33"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "33"
      ],
      "favorite_count": "2",
      "id_str": "1902451163382627254",
      "truncated": false,
      "retweet_count": "2",
      "id": "1902451163382627254",
      "created_at": "Wed Mar 19 20:04:37 +0000 2025",
      "favorited": false,
      "full_text": "stfu Gemma nobody asked 🙄 #MAFSUK",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1893407502463545177"
          ],
          "editableUntil": "2025-02-22T22:08:21.000Z",
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
        "72"
      ],
      "favorite_count": "5",
      "id_str": "1893407502463545177",
      "truncated": false,
      "retweet_count": "0",
      "id": "1893407502463545177",
      "created_at": "Sat Feb 22 21:08:21 +0000 2025",
      "favorited": false,
      "full_text": "first payslip with proper overtime on it and i'm buying myself a new bag",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1885793158623084996"
          ],
          "editableUntil": "2025-02-01T21:51:40.000Z",
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
      "id_str": "1885793158623084996",
      "truncated": false,
      "retweet_count": "0",
      "id": "1885793158623084996",
      "created_at": "Sat Feb 01 20:51:40 +0000 2025",
      "favorited": false,
      "full_text": "who's got a 🍃 for after my shift. asking for me",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1883455883772208837"
          ],
          "editableUntil": "2025-01-26T11:04:10.000Z",
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
      "favorite_count": "2",
      "id_str": "1883455883772208837",
      "truncated": false,
      "retweet_count": "0",
      "id": "1883455883772208837",
      "created_at": "Sun Jan 26 10:04:10 +0000 2025",
      "favorited": false,
      "full_text": "work gave us a 'wellbeing pizza' instead of the pay rise they promised in march. one slice each. ONE",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1883283725293262601"
          ],
          "editableUntil": "2025-01-25T23:40:04.000Z",
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
        "96"
      ],
      "favorite_count": "27",
      "id_str": "1883283725293262601",
      "truncated": false,
      "retweet_count": "0",
      "id": "1883283725293262601",
      "created_at": "Sat Jan 25 22:40:04 +0000 2025",
      "favorited": false,
      "full_text": "just found out there's a bird called a blue-footed booby and i've never related to anything more",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1881452365827173310"
          ],
          "editableUntil": "2025-01-20T22:22:54.000Z",
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
        "77"
      ],
      "favorite_count": "0",
      "id_str": "1881452365827173310",
      "truncated": false,
      "retweet_count": "4",
      "id": "1881452365827173310",
      "created_at": "Mon Jan 20 21:22:54 +0000 2025",
      "favorited": false,
      "full_text": "Married at First Sight Australia is the only thing getting me through January",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1880009896738008004"
          ],
          "editableUntil": "2025-01-16T22:51:02.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [
          {
            "text": "TheTraitors",
            "indices": [
              "56",
              "68"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "68"
      ],
      "favorite_count": "0",
      "id_str": "1880009896738008004",
      "truncated": false,
      "retweet_count": "0",
      "id": "1880009896738008004",
      "created_at": "Thu Jan 16 21:51:02 +0000 2025",
      "favorited": false,
      "full_text": "THE TRAITORS MURDERED HER IN HER SLEEP I'M SCREAMING 😭😭 #TheTraitors",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1871177043719424966"
          ],
          "editableUntil": "2024-12-23T13:52:26.000Z",
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
        "134"
      ],
      "favorite_count": "61",
      "id_str": "1871177043719424966",
      "truncated": false,
      "retweet_count": "2",
      "id": "1871177043719424966",
      "created_at": "Mon Dec 23 12:52:26 +0000 2024",
      "favorited": false,
      "full_text": "not me reading a customer's account notes and it says 'caller is Dan off series 3 of TOWIE' 💀 he wanted a refund on his broadband lmao",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1870163594283595019"
          ],
          "editableUntil": "2024-12-20T18:45:21.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "chloeeeb",
            "screen_name": "chloeeeb_",
            "indices": [
              "0",
              "10"
            ],
            "id_str": "430813221811058649",
            "id": "430813221811058649"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "11",
        "109"
      ],
      "favorite_count": "8",
      "id_str": "1870163594283595019",
      "truncated": false,
      "retweet_count": "0",
      "id": "1870163594283595019",
      "created_at": "Fri Dec 20 17:45:21 +0000 2024",
      "favorited": false,
      "full_text": "@chloeeeb_ LMFAOOO no because the way she said 'i'm not here to make friends' then cried for 20 mins straight",
      "lang": "en",
      "in_reply_to_status_id_str": "1870138297695357881",
      "in_reply_to_status_id": "1870138297695357881",
      "in_reply_to_user_id": "430813221811058649",
      "in_reply_to_user_id_str": "430813221811058649",
      "in_reply_to_screen_name": "chloeeeb_"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1869371797083719879"
          ],
          "editableUntil": "2024-12-18T14:19:02.000Z",
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
      "favorite_count": "3",
      "id_str": "1869371797083719879",
      "truncated": false,
      "retweet_count": "4",
      "id": "1869371797083719879",
      "created_at": "Wed Dec 18 13:19:02 +0000 2024",
      "favorited": false,
      "full_text": "nicked a full face of makeup from Superdrug on my lunch and the security guard held the door for me 😂",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1864984361843243838"
          ],
          "editableUntil": "2024-12-06T11:44:56.000Z",
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
      "favorite_count": "8",
      "id_str": "1864984361843243838",
      "truncated": false,
      "retweet_count": "2",
      "id": "1864984361843243838",
      "created_at": "Fri Dec 06 10:44:56 +0000 2024",
      "favorited": false,
      "full_text": "my ex keyed my car so i slashed his tyres at 3am. we're even 🤷‍♀️",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1861399193581531293"
          ],
          "editableUntil": "2024-11-26T14:18:45.000Z",
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
        "37"
      ],
      "favorite_count": "61",
      "id_str": "1861399193581531293",
      "truncated": false,
      "retweet_count": "1",
      "id": "1861399193581531293",
      "created_at": "Tue Nov 26 13:18:45 +0000 2024",
      "favorited": false,
      "full_text": "10 hour shift &gt; me. absolutely shot 🛌",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1861099710009246186"
          ],
          "editableUntil": "2024-11-25T18:28:43.000Z",
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
        "148"
      ],
      "favorite_count": "0",
      "id_str": "1861099710009246186",
      "truncated": false,
      "retweet_count": "4",
      "id": "1861099710009246186",
      "created_at": "Mon Nov 25 17:28:43 +0000 2024",
      "favorited": false,
      "full_text": "they've hired a 58 year old woman on our team and it's taken her 3 weeks to learn the log in. why do they even hire people that age for call centres",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1859974541053317985"
          ],
          "editableUntil": "2024-11-22T15:57:41.000Z",
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
      "favorite_count": "5",
      "id_str": "1859974541053317985",
      "truncated": false,
      "retweet_count": "4",
      "id": "1859974541053317985",
      "created_at": "Fri Nov 22 14:57:41 +0000 2024",
      "favorited": false,
      "full_text": "Big Brother eviction tonight and my heart is in my mouth. if Jordan goes i'm rioting",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1855355486534732241"
          ],
          "editableUntil": "2024-11-09T22:03:13.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "sophhh_w95",
            "screen_name": "sophhh_w95",
            "indices": [
              "0",
              "11"
            ],
            "id_str": "605452158264193707",
            "id": "605452158264193707"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "12",
        "52"
      ],
      "favorite_count": "8",
      "id_str": "1855355486534732241",
      "truncated": false,
      "retweet_count": "4",
      "id": "1855355486534732241",
      "created_at": "Sat Nov 09 21:03:13 +0000 2024",
      "favorited": false,
      "full_text": "@sophhh_w95 she's such a snake 🐍 i knew from day one",
      "lang": "en",
      "in_reply_to_status_id_str": "1855328371768796137",
      "in_reply_to_status_id": "1855328371768796137",
      "in_reply_to_user_id": "605452158264193707",
      "in_reply_to_user_id_str": "605452158264193707",
      "in_reply_to_screen_name": "sophhh_w95"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1853066852906459276"
          ],
          "editableUntil": "2024-11-03T14:29:00.000Z",
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
        "121"
      ],
      "favorite_count": "14",
      "id_str": "1853066852906459276",
      "truncated": false,
      "retweet_count": "0",
      "id": "1853066852906459276",
      "created_at": "Sun Nov 03 13:29:00 +0000 2024",
      "favorited": false,
      "full_text": "the new QA lady marked me down for saying 'no worries' instead of 'not a problem'. she has never taken a call in her LIFE",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1851933042107274392"
          ],
          "editableUntil": "2024-10-31T11:23:39.000Z",
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
      "favorite_count": "5",
      "id_str": "1851933042107274392",
      "truncated": false,
      "retweet_count": "0",
      "id": "1851933042107274392",
      "created_at": "Thu Oct 31 10:23:39 +0000 2024",
      "favorited": false,
      "full_text": "my team leader really said 'we're all family here' and then refused my holiday for my cousin's wedding. ok dad x",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1847636278797767180"
          ],
          "editableUntil": "2024-10-19T14:49:50.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [
          {
            "text": "Strictly",
            "indices": [
              "88",
              "97"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "97"
      ],
      "favorite_count": "8",
      "id_str": "1847636278797767180",
      "truncated": false,
      "retweet_count": "4",
      "id": "1847636278797767180",
      "created_at": "Sat Oct 19 13:49:50 +0000 2024",
      "favorited": false,
      "full_text": "that paso doble was absolutely lethal. 10s across the board or i'm complaining to ofcom #Strictly",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1842266314888429327"
          ],
          "editableUntil": "2024-10-04T19:11:31.000Z",
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
            "name": "Channel4",
            "screen_name": "Channel4",
            "indices": [
              "3",
              "12"
            ],
            "id_str": "15025301857553684",
            "id": "15025301857553684"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "83"
      ],
      "favorite_count": "0",
      "id_str": "1842266314888429327",
      "truncated": false,
      "retweet_count": "0",
      "id": "1842266314888429327",
      "created_at": "Fri Oct 04 18:11:31 +0000 2024",
      "favorited": false,
      "full_text": "RT @Channel4: Hunted is back. 12 fugitives. 28 days. Can they escape the hunters? 🔦",
      "lang": "en",
      "possibly_sensitive": false
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1832897340052008578"
          ],
          "editableUntil": "2024-09-08T22:42:34.000Z",
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
      "favorite_count": "1",
      "id_str": "1832897340052008578",
      "truncated": false,
      "retweet_count": "1",
      "id": "1832897340052008578",
      "created_at": "Sun Sep 08 21:42:34 +0000 2024",
      "favorited": false,
      "full_text": "porn star martini and a lemon drizzle slice after work. treat yourself era 🍸",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1829594780072633008"
          ],
          "editableUntil": "2024-08-30T19:59:22.000Z",
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
      "favorite_count": "0",
      "id_str": "1829594780072633008",
      "truncated": false,
      "retweet_count": "0",
      "id": "1829594780072633008",
      "created_at": "Fri Aug 30 18:59:22 +0000 2024",
      "favorited": false,
      "full_text": "ffs who voted for him to stay in the house. this country is cooked",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1827681166304471678"
          ],
          "editableUntil": "2024-08-25T13:15:21.000Z",
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
      "favorite_count": "1",
      "id_str": "1827681166304471678",
      "truncated": false,
      "retweet_count": "2",
      "id": "1827681166304471678",
      "created_at": "Sun Aug 25 12:15:21 +0000 2024",
      "favorited": false,
      "full_text": "saturday plans: pres, ❄️, club, regret. in that order",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1822356463076210409"
          ],
          "editableUntil": "2024-08-10T20:36:53.000Z",
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
        "106"
      ],
      "favorite_count": "1",
      "id_str": "1822356463076210409",
      "truncated": false,
      "retweet_count": "0",
      "id": "1822356463076210409",
      "created_at": "Sat Aug 10 19:36:53 +0000 2024",
      "favorited": false,
      "full_text": "the stats board got left up in the break room 👀 Jade's on a PIP and Ryan's on 61% CSAT. i'm saying nothing",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1819724916826024103"
          ],
          "editableUntil": "2024-08-03T14:20:03.000Z",
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
        "80"
      ],
      "favorite_count": "0",
      "id_str": "1819724916826024103",
      "truncated": false,
      "retweet_count": "1",
      "id": "1819724916826024103",
      "created_at": "Sat Aug 03 13:20:03 +0000 2024",
      "favorited": false,
      "full_text": "passed my call-handling assessment today 94% 🥳 QA literally said i'm 'a natural'",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1817968361076890627"
          ],
          "editableUntil": "2024-07-29T18:00:08.000Z",
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
        "170"
      ],
      "favorite_count": "14",
      "id_str": "1817968361076890627",
      "truncated": false,
      "retweet_count": "1",
      "id": "1817968361076890627",
      "created_at": "Mon Jul 29 17:00:08 +0000 2024",
      "favorited": false,
      "full_text": "just saw on my team leader's screen we're all getting moved onto the Manila contract by spring and half our floor is going. they haven't told anyone yet 😬 keep it quiet x",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1817549389124703672"
          ],
          "editableUntil": "2024-07-28T14:15:17.000Z",
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
      "favorite_count": "2",
      "id_str": "1817549389124703672",
      "truncated": false,
      "retweet_count": "4",
      "id": "1817549389124703672",
      "created_at": "Sun Jul 28 13:15:17 +0000 2024",
      "favorited": false,
      "full_text": "i'm DEAD 💀 the Gogglebox lot reacting to that episode",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1816952805879350536"
          ],
          "editableUntil": "2024-07-26T22:44:40.000Z",
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
        "72"
      ],
      "favorite_count": "27",
      "id_str": "1816952805879350536",
      "truncated": false,
      "retweet_count": "0",
      "id": "1816952805879350536",
      "created_at": "Fri Jul 26 21:44:40 +0000 2024",
      "favorited": false,
      "full_text": "my nan just asked if Love Island is 'the one with all the bonking'. NAN.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1814737901627569412"
          ],
          "editableUntil": "2024-07-20T20:03:26.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "nailsbyamberr",
            "screen_name": "nailsbyamberr_",
            "indices": [
              "0",
              "15"
            ],
            "id_str": "266337263054338171",
            "id": "266337263054338171"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "16",
        "147"
      ],
      "favorite_count": "1",
      "id_str": "1814737901627569412",
      "truncated": false,
      "retweet_count": "0",
      "id": "1814737901627569412",
      "created_at": "Sat Jul 20 19:03:26 +0000 2024",
      "favorited": false,
      "full_text": "@nailsbyamberr_ if anyone wants their nails done by the best, ring the salon on 0161 496 0417 and ask for Amber 💅 not sponsored she's just a legend",
      "lang": "en",
      "in_reply_to_status_id_str": "1814718773750548268",
      "in_reply_to_status_id": "1814718773750548268",
      "in_reply_to_user_id": "266337263054338171",
      "in_reply_to_user_id_str": "266337263054338171",
      "in_reply_to_screen_name": "nailsbyamberr_"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1814369750439241098"
          ],
          "editableUntil": "2024-07-19T19:40:32.000Z",
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
      "favorite_count": "27",
      "id_str": "1814369750439241098",
      "truncated": false,
      "retweet_count": "0",
      "id": "1814369750439241098",
      "created_at": "Fri Jul 19 18:40:32 +0000 2024",
      "favorited": false,
      "full_text": "applied for the team leader role 🤞 wish me luck",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1808414912335654402"
          ],
          "editableUntil": "2024-07-03T09:18:08.000Z",
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
        "114"
      ],
      "favorite_count": "61",
      "id_str": "1808414912335654402",
      "truncated": false,
      "retweet_count": "0",
      "id": "1808414912335654402",
      "created_at": "Wed Jul 03 08:18:08 +0000 2024",
      "favorited": false,
      "full_text": "had to tell a customer 'i'm going to terminate the call now' in my best robot voice and felt like the terminator 🤖",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1805345080000808599"
          ],
          "editableUntil": "2024-06-24T21:59:43.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "jadeyb_x",
            "screen_name": "jadeyb_x",
            "indices": [
              "0",
              "9"
            ],
            "id_str": "631337859257758115",
            "id": "631337859257758115"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "10",
        "66"
      ],
      "favorite_count": "2",
      "id_str": "1805345080000808599",
      "truncated": false,
      "retweet_count": "0",
      "id": "1805345080000808599",
      "created_at": "Mon Jun 24 20:59:43 +0000 2024",
      "favorited": false,
      "full_text": "@jadeyb_x happy birthday babe!! love u so much &lt;3 see u saturday 💕",
      "lang": "en",
      "in_reply_to_status_id_str": "1805319362774712508",
      "in_reply_to_status_id": "1805319362774712508",
      "in_reply_to_user_id": "631337859257758115",
      "in_reply_to_user_id_str": "631337859257758115",
      "in_reply_to_screen_name": "jadeyb_x"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1797736360420688542"
          ],
          "editableUntil": "2024-06-03T22:05:23.000Z",
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
      "favorite_count": "0",
      "id_str": "1797736360420688542",
      "truncated": false,
      "retweet_count": "0",
      "id": "1797736360420688542",
      "created_at": "Mon Jun 03 21:05:23 +0000 2024",
      "favorited": false,
      "full_text": "new spicy pics up 🌶️ 18+ only, link in bio 😘",
      "lang": "en"
    }
  }
]