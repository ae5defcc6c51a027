window.YTD.tweets.part0 = [
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1980916618107566627"
          ],
          "editableUntil": "2025-10-22T09:38:20.000Z",
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
      "favorite_count": "4",
      "id_str": "1980916618107566627",
      "truncated": false,
      "retweet_count": "1",
      "id": "1980916618107566627",
      "created_at": "Wed Oct 22 08:38:20 +0000 2025",
      "favorited": false,
      "full_text": "can of coke and a sausage roll is a balanced diet when you're on a 7am start",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1969504389006920926"
          ],
          "editableUntil": "2025-09-20T21:50:12.000Z",
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
      "favorite_count": "6",
      "id_str": "1969504389006920926",
      "truncated": false,
      "retweet_count": "0",
      "id": "1969504389006920926",
      "created_at": "Sat Sep 20 20:50:12 +0000 2025",
      "favorited": false,
      "full_text": "not meant to say anything but theres a pre production sportage under a cover at the back of our workshop, the 2026 facelift. new lights are MENTAL 👀",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1968091296889306033"
          ],
          "editableUntil": "2025-09-17T00:15:05.000Z",
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
            "url": "https://t.co/Xq2LmP8vRk",
            "expanded_url": "https://www.japfest.co.uk/",
            "display_url": "japfest.co.uk",
            "indices": [
              "33",
              "56"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "56"
      ],
      "favorite_count": "1",
      "id_str": "1968091296889306033",
      "truncated": false,
      "retweet_count": "1",
      "id": "1968091296889306033",
      "created_at": "Tue Sep 16 23:15:05 +0000 2025",
      "favorited": false,
      "full_text": "anyone going to japfest in april https://t.co/Xq2LmP8vRk",
      "lang": "en",
      "possibly_sensitive": false
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1963138413463887304"
          ],
          "editableUntil": "2025-09-03T08:14:05.000Z",
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
        "34"
      ],
      "favorite_count": "0",
      "id_str": "1963138413463887304",
      "truncated": false,
      "retweet_count": "0",
      "id": "1963138413463887304",
      "created_at": "Wed Sep 03 07:14:05 +0000 2025",
      "favorited": false,
      "full_text": "leeds win, 3 points, happy days 💛💙",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1955264841700587229"
          ],
          "editableUntil": "2025-08-12T14:47:19.000Z",
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
        "117"
      ],
      "favorite_count": "2",
      "id_str": "1955264841700587229",
      "truncated": false,
      "retweet_count": "1",
      "id": "1955264841700587229",
      "created_at": "Tue Aug 12 13:47:19 +0000 2025",
      "favorited": false,
      "full_text": "gaffers selling up to one of the big chains in jan, none of the lads know yet, heard him on the phone in the office 🤐",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1955092129514603201"
          ],
          "editableUntil": "2025-08-12T03:21:02.000Z",
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
      "favorite_count": "0",
      "id_str": "1955092129514603201",
      "truncated": false,
      "retweet_count": "0",
      "id": "1955092129514603201",
      "created_at": "Tue Aug 12 02:21:02 +0000 2025",
      "favorited": false,
      "full_text": "clocked in at half 7 still steaming from last night, gaffer never noticed &amp; i still did 2 clutch jobs before dinner 😂 built different",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1953714616106358573"
          ],
          "editableUntil": "2025-08-08T08:07:17.000Z",
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
      "id_str": "1953714616106358573",
      "truncated": false,
      "retweet_count": "0",
      "id": "1953714616106358573",
      "created_at": "Fri Aug 08 07:07:17 +0000 2025",
      "favorited": false,
      "full_text": "anyone got a 🍃 plug round wakefield mines gone quiet for 2 weeks 😩",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1947013981298807304"
          ],
          "editableUntil": "2025-07-20T20:21:21.000Z",
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
        "39"
      ],
      "favorite_count": "0",
      "id_str": "1947013981298807304",
      "truncated": false,
      "retweet_count": "0",
      "id": "1947013981298807304",
      "created_at": "Sun Jul 20 19:21:21 +0000 2025",
      "favorited": false,
      "full_text": "nans 80th today, happy birthday queen 👑",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1944294562226295082"
          ],
          "editableUntil": "2025-07-13T08:15:21.000Z",
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
      "favorite_count": "9",
      "id_str": "1944294562226295082",
      "truncated": false,
      "retweet_count": "1",
      "id": "1944294562226295082",
      "created_at": "Sun Jul 13 07:15:21 +0000 2025",
      "favorited": false,
      "full_text": "whoever keyed my car in asda kirkstall i WILL find out and you're getting put in hospital. not even joking",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1943958030472019621"
          ],
          "editableUntil": "2025-07-12T09:58:06.000Z",
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
      "favorite_count": "14",
      "id_str": "1943958030472019621",
      "truncated": false,
      "retweet_count": "2",
      "id": "1943958030472019621",
      "created_at": "Sat Jul 12 08:58:06 +0000 2025",
      "favorited": false,
      "full_text": "drive shaft snapped on the m1 💀 recovery took 3 hours, got home at midnight",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1941305561490023267"
          ],
          "editableUntil": "2025-07-05T02:18:08.000Z",
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
      "favorite_count": "0",
      "id_str": "1941305561490023267",
      "truncated": false,
      "retweet_count": "0",
      "id": "1941305561490023267",
      "created_at": "Sat Jul 05 01:18:08 +0000 2025",
      "favorited": false,
      "full_text": "fella came in with an accent so thick i just nodded at everything and stuck an alignment on his bill 😂",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1940148550729192643"
          ],
          "editableUntil": "2025-07-01T21:40:35.000Z",
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
        "126"
      ],
      "favorite_count": "2",
      "id_str": "1940148550729192643",
      "truncated": false,
      "retweet_count": "0",
      "id": "1940148550729192643",
      "created_at": "Tue Jul 01 20:40:35 +0000 2025",
      "favorited": false,
      "full_text": "service advisor at work couldnt tell a dipstick from a wiper blade and hes on more than the whole workshop. make it make sense",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1940106395295117715"
          ],
          "editableUntil": "2025-07-01T18:53:04.000Z",
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
      "favorite_count": "2",
      "id_str": "1940106395295117715",
      "truncated": false,
      "retweet_count": "0",
      "id": "1940106395295117715",
      "created_at": "Tue Jul 01 17:53:04 +0000 2025",
      "favorited": false,
      "full_text": "boss: we're a family here\nalso boss: docks 15 mins pay for being 2 mins late\n\ncheapest garage in yorkshire i swear down",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1935622578624155816"
          ],
          "editableUntil": "2025-06-19T09:55:59.000Z",
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
      "favorite_count": "4",
      "id_str": "1935622578624155816",
      "truncated": false,
      "retweet_count": "0",
      "id": "1935622578624155816",
      "created_at": "Thu Jun 19 08:55:59 +0000 2025",
      "favorited": false,
      "full_text": "tyre size 225/40 R18 92Y for everyone asking what my car runs 👍",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1935080730788743596"
          ],
          "editableUntil": "2025-06-17T22:02:52.000Z",
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
      "id_str": "1935080730788743596",
      "truncated": false,
      "retweet_count": "1",
      "id": "1935080730788743596",
      "created_at": "Tue Jun 17 21:02:52 +0000 2025",
      "favorited": false,
      "full_text": "lmfao deano dropped a 10mm into the engine bay and spent 45 mins fishing for it with a magnet on a stick",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1926450408924866014"
          ],
          "editableUntil": "2025-05-25T02:29:03.000Z",
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
            "name": "Petrolhead Lads",
            "screen_name": "petrolhead_lads",
            "indices": [
              "3",
              "19"
            ],
            "id_str": "9509996466669739545",
            "id": "9509996466669739545"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "126"
      ],
      "favorite_count": "0",
      "id_str": "1926450408924866014",
      "truncated": false,
      "retweet_count": "0",
      "id": "1926450408924866014",
      "created_at": "Sun May 25 01:29:03 +0000 2025",
      "favorited": false,
      "full_text": "RT @petrolhead_lads: old people should be retested at 70 and binned at 75 no debate 😂 anyone who's worked a service desk knows",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1919584133991801456"
          ],
          "editableUntil": "2025-05-06T03:44:56.000Z",
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
      "id_str": "1919584133991801456",
      "truncated": false,
      "retweet_count": "1",
      "id": "1919584133991801456",
      "created_at": "Tue May 06 02:44:56 +0000 2025",
      "favorited": false,
      "full_text": "MAGALUF 🌴 boarding pass dont lie FR8264 LBA &gt; PMI seat 23C ref K7Q2PX leggooo",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1919201326018562484"
          ],
          "editableUntil": "2025-05-05T02:23:47.000Z",
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
            "name": "Deano St170",
            "screen_name": "deano_st170",
            "indices": [
              "0",
              "12"
            ],
            "id_str": "5017449554659268509",
            "id": "5017449554659268509"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "13",
        "67"
      ],
      "favorite_count": "3",
      "in_reply_to_status_id_str": "1919132872708868509",
      "in_reply_to_status_id": "1919132872708868509",
      "in_reply_to_user_id": "5017449554659268509",
      "in_reply_to_user_id_str": "5017449554659268509",
      "in_reply_to_screen_name": "deano_st170",
      "id_str": "1919201326018562484",
      "truncated": false,
      "retweet_count": "0",
      "id": "1919201326018562484",
      "created_at": "Mon May 05 01:23:47 +0000 2025",
      "favorited": false,
      "full_text": "@deano_st170 fuck me mate tell me about it, longest week of my life",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1910068777408973311"
          ],
          "editableUntil": "2025-04-09T21:34:18.000Z",
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
      "favorite_count": "14",
      "id_str": "1910068777408973311",
      "truncated": false,
      "retweet_count": "1",
      "id": "1910068777408973311",
      "created_at": "Wed Apr 09 20:34:18 +0000 2025",
      "favorited": false,
      "full_text": "pulled the crank pulley on a 1.6 tdci today, needed the big breaker bar and a prayer",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1906137778471696656"
          ],
          "editableUntil": "2025-03-30T01:13:55.000Z",
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
        "124"
      ],
      "favorite_count": "3",
      "id_str": "1906137778471696656",
      "truncated": false,
      "retweet_count": "0",
      "id": "1906137778471696656",
      "created_at": "Sun Mar 30 00:13:55 +0000 2025",
      "favorited": false,
      "full_text": "on pick up for our kid today, st marys primary at 3.15 then hes with me till mum gets in at 7. who wants to come for a drive",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1900524367134250433"
          ],
          "editableUntil": "2025-03-14T13:28:13.000Z",
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
        "36"
      ],
      "favorite_count": "3",
      "id_str": "1900524367134250433",
      "truncated": false,
      "retweet_count": "1",
      "id": "1900524367134250433",
      "created_at": "Fri Mar 14 12:28:13 +0000 2025",
      "favorited": false,
      "full_text": "new number lads save it 07700 900412",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1897723786907331813"
          ],
          "editableUntil": "2025-03-06T19:59:43.000Z",
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
      "id_str": "1897723786907331813",
      "truncated": false,
      "retweet_count": "1",
      "id": "1897723786907331813",
      "created_at": "Thu Mar 06 18:59:43 +0000 2025",
      "favorited": false,
      "full_text": "MOT fail for excessive smoke. fair enough, looked like a vape shop behind it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1894145647252972077"
          ],
          "editableUntil": "2025-02-24T23:01:28.000Z",
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
      "favorite_count": "3",
      "id_str": "1894145647252972077",
      "truncated": false,
      "retweet_count": "0",
      "id": "1894145647252972077",
      "created_at": "Mon Feb 24 22:01:28 +0000 2025",
      "favorited": false,
      "full_text": "drove back from jordz after like 5 pints, roads were dead so whats the harm",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1891279056256849800"
          ],
          "editableUntil": "2025-02-17T01:10:39.000Z",
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
            "name": "Jdm Meets North",
            "screen_name": "jdm_meets_north",
            "indices": [
              "3",
              "19"
            ],
            "id_str": "8989536489093867800",
            "id": "8989536489093867800"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "128"
      ],
      "favorite_count": "0",
      "id_str": "1891279056256849800",
      "truncated": false,
      "retweet_count": "0",
      "id": "1891279056256849800",
      "created_at": "Mon Feb 17 00:10:39 +0000 2025",
      "favorited": false,
      "full_text": "RT @jdm_meets_north: Show season is BACK 🔥 First meet of the year Sunday at Elland Road car park, 10am till 2. Bring the family.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1879342367575626866"
          ],
          "editableUntil": "2025-01-15T02:38:31.000Z",
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
        "126"
      ],
      "favorite_count": "0",
      "id_str": "1879342367575626866",
      "truncated": false,
      "retweet_count": "2",
      "id": "1879342367575626866",
      "created_at": "Wed Jan 15 01:38:31 +0000 2025",
      "favorited": false,
      "full_text": "customer: my cars making a noise\nme: what kind of noise\ncustomer: a car noise\n\nlosing brain cells at this job every single day",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1875959478657458118"
          ],
          "editableUntil": "2025-01-05T18:36:08.000Z",
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
      "favorite_count": "3",
      "id_str": "1875959478657458118",
      "truncated": false,
      "retweet_count": "0",
      "id": "1875959478657458118",
      "created_at": "Sun Jan 05 17:36:08 +0000 2025",
      "favorited": false,
      "full_text": "lost the feds on the a58 tonight 😈 clio 172 with the cat off is no joke",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1870621770741052434"
          ],
          "editableUntil": "2024-12-22T01:05:59.000Z",
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
      "favorite_count": "1",
      "id_str": "1870621770741052434",
      "truncated": false,
      "retweet_count": "1",
      "id": "1870621770741052434",
      "created_at": "Sun Dec 22 00:05:59 +0000 2024",
      "favorited": false,
      "full_text": "screwfix order 48213977 -&gt; ready to collect 20 mins later. how",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1869845755733425059"
          ],
          "editableUntil": "2024-12-19T21:42:22.000Z",
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
            "name": "Jordz W",
            "screen_name": "jordz_w",
            "indices": [
              "0",
              "8"
            ],
            "id_str": "347600690",
            "id": "347600690"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "9",
        "51"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "1869795926134650973",
      "in_reply_to_status_id": "1869795926134650973",
      "in_reply_to_user_id": "347600690",
      "in_reply_to_user_id_str": "347600690",
      "in_reply_to_screen_name": "jordz_w",
      "id_str": "1869845755733425059",
      "truncated": false,
      "retweet_count": "0",
      "id": "1869845755733425059",
      "created_at": "Thu Dec 19 20:42:22 +0000 2024",
      "favorited": false,
      "full_text": "@jordz_w yeah ill be there for 8, you driving or me",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1868405436905780058"
          ],
          "editableUntil": "2024-12-15T22:19:04.000Z",
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
        "83"
      ],
      "favorite_count": "6",
      "id_str": "1868405436905780058",
      "truncated": false,
      "retweet_count": "2",
      "id": "1868405436905780058",
      "created_at": "Sun Dec 15 21:19:04 +0000 2024",
      "favorited": false,
      "full_text": "3 jägers deep and someone's put garage classics on the aux 😭 not going in tmrw am i",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1865390941533421848"
          ],
          "editableUntil": "2024-12-07T14:40:32.000Z",
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
      "favorite_count": "6",
      "id_str": "1865390941533421848",
      "truncated": false,
      "retweet_count": "0",
      "id": "1865390941533421848",
      "created_at": "Sat Dec 07 13:40:32 +0000 2024",
      "favorited": false,
      "full_text": "got a 'fishing knife' off some lad on marketplace, no questions, cash in hand. proper tidy blade 🔪",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1865100921105131824"
          ],
          "editableUntil": "2024-12-06T19:28:06.000Z",
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
      "favorite_count": "14",
      "id_str": "1865100921105131824",
      "truncated": false,
      "retweet_count": "1",
      "id": "1865100921105131824",
      "created_at": "Fri Dec 06 18:28:06 +0000 2024",
      "favorited": false,
      "full_text": "photoshoot down the docks, shots of the new wheels coming tomorrow 📸",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1861767599121703960"
          ],
          "editableUntil": "2024-11-27T14:42:40.000Z",
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
      "favorite_count": "1",
      "id_str": "1861767599121703960",
      "truncated": false,
      "retweet_count": "2",
      "id": "1861767599121703960",
      "created_at": "Wed Nov 27 13:42:40 +0000 2024",
      "favorited": false,
      "full_text": "new milwaukee impact gun at work is an absolute WEAPON. 1300Nm, took the wheel nuts off a transit like butter",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1858603858489474590"
          ],
          "editableUntil": "2024-11-18T21:11:05.000Z",
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
      "favorite_count": "23",
      "id_str": "1858603858489474590",
      "truncated": false,
      "retweet_count": "0",
      "id": "1858603858489474590",
      "created_at": "Mon Nov 18 20:11:05 +0000 2024",
      "favorited": false,
      "full_text": "gaffer got the whole workshop a greggs for finishing the fleet job early. absolute legend",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1854633866341564793"
          ],
          "editableUntil": "2024-11-07T22:15:45.000Z",
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
        "94"
      ],
      "favorite_count": "0",
      "id_str": "1854633866341564793",
      "truncated": false,
      "retweet_count": "0",
      "id": "1854633866341564793",
      "created_at": "Thu Nov 07 21:15:45 +0000 2024",
      "favorited": false,
      "full_text": "PASSED MY TEST 🙌 licence came this morning BRENN004127KJ9XY look at the state of my face on it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1851814109949220648"
          ],
          "editableUntil": "2024-10-31T03:31:03.000Z",
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
      "favorite_count": "6",
      "id_str": "1851814109949220648",
      "truncated": false,
      "retweet_count": "5",
      "id": "1851814109949220648",
      "created_at": "Thu Oct 31 02:31:03 +0000 2024",
      "favorited": false,
      "full_text": "replaced a seized petcock on an old CB500 today, proper satisfying when it finally gave",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1847345943293330966"
          ],
          "editableUntil": "2024-10-18T19:36:09.000Z",
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
        "49"
      ],
      "favorite_count": "1",
      "id_str": "1847345943293330966",
      "truncated": false,
      "retweet_count": "1",
      "id": "1847345943293330966",
      "created_at": "Fri Oct 18 18:36:09 +0000 2024",
      "favorited": false,
      "full_text": "bleeding brakes all morning, hands stink of dot 4",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1843083145064568166"
          ],
          "editableUntil": "2024-10-07T01:17:19.000Z",
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
        "61"
      ],
      "favorite_count": "14",
      "id_str": "1843083145064568166",
      "truncated": false,
      "retweet_count": "0",
      "id": "1843083145064568166",
      "created_at": "Mon Oct 07 00:17:19 +0000 2024",
      "favorited": false,
      "full_text": "first proper car on the drive &lt;3 2009 civic type r, shes mint",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1839419692789597888"
          ],
          "editableUntil": "2024-09-26T22:40:04.000Z",
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
      "favorite_count": "1",
      "id_str": "1839419692789597888",
      "truncated": false,
      "retweet_count": "1",
      "id": "1839419692789597888",
      "created_at": "Thu Sep 26 21:40:04 +0000 2024",
      "favorited": false,
      "full_text": "dickies trousers are the only work trousers worth the money dont @ me",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1834035361981878606"
          ],
          "editableUntil": "2024-09-12T02:04:39.000Z",
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
      "id_str": "1834035361981878606",
      "truncated": false,
      "retweet_count": "5",
      "id": "1834035361981878606",
      "created_at": "Thu Sep 12 01:04:39 +0000 2024",
      "favorited": false,
      "full_text": "level 2 results in, passed with a merit 🙌 cheers mick for putting up with me",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1832136006958911774"
          ],
          "editableUntil": "2024-09-06T20:17:18.000Z",
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
      "favorite_count": "4",
      "id_str": "1832136006958911774",
      "truncated": false,
      "retweet_count": "5",
      "id": "1832136006958911774",
      "created_at": "Fri Sep 06 19:17:18 +0000 2024",
      "favorited": false,
      "full_text": "saw the wage sheet on the office desk. deano £14.20, mo £12.50 and mo's been there 2 years longer 😬😬",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1831096708207538728"
          ],
          "editableUntil": "2024-09-03T23:27:30.000Z",
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
        "113"
      ],
      "favorite_count": "3",
      "id_str": "1831096708207538728",
      "truncated": false,
      "retweet_count": "0",
      "id": "1831096708207538728",
      "created_at": "Tue Sep 03 22:27:30 +0000 2024",
      "favorited": false,
      "full_text": "shout out halfords autocentre castleford, sorted my mates puncture on a sunday. 01632 960418 if anyone needs them",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1827133529565064171"
          ],
          "editableUntil": "2024-08-24T00:59:14.000Z",
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
      "favorite_count": "1",
      "id_str": "1827133529565064171",
      "truncated": false,
      "retweet_count": "0",
      "id": "1827133529565064171",
      "created_at": "Fri Aug 23 23:59:14 +0000 2024",
      "favorited": false,
      "full_text": "need a girl who looks at me the way i look at a fully forged 2JZ. and then bends over the bonnet 🍑",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1826519022616871236"
          ],
          "editableUntil": "2024-08-22T08:17:24.000Z",
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
        "60"
      ],
      "favorite_count": "2",
      "id_str": "1826519022616871236",
      "truncated": false,
      "retweet_count": "0",
      "id": "1826519022616871236",
      "created_at": "Thu Aug 22 07:17:24 +0000 2024",
      "favorited": false,
      "full_text": "wtf is this traffic on the m62 ffs 40 mins to do 3 junctions",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1825881869323941030"
          ],
          "editableUntil": "2024-08-20T14:05:35.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [
          {
            "text": "topgear",
            "indices": [
              "51",
              "59"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "59"
      ],
      "favorite_count": "9",
      "id_str": "1825881869323941030",
      "truncated": false,
      "retweet_count": "0",
      "id": "1825881869323941030",
      "created_at": "Tue Aug 20 13:05:35 +0000 2024",
      "favorited": false,
      "full_text": "watching top gear reruns instead of sleeping again #topgear",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1814346102788480005"
          ],
          "editableUntil": "2024-07-19T18:06:34.000Z",
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
      "favorite_count": "9",
      "id_str": "1814346102788480005",
      "truncated": false,
      "retweet_count": "0",
      "id": "1814346102788480005",
      "created_at": "Fri Jul 19 17:06:34 +0000 2024",
      "favorited": false,
      "full_text": "gaffer wont take anyone on from seacroft cos 'they nick stuff'. tbf hes not wrong",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1813393332811738440"
          ],
          "editableUntil": "2024-07-17T03:00:36.000Z",
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
      "id_str": "1813393332811738440",
      "truncated": false,
      "retweet_count": "1",
      "id": "1813393332811738440",
      "created_at": "Wed Jul 17 02:00:36 +0000 2024",
      "favorited": false,
      "full_text": "spent all afternoon stripping the interior out of a corsa for a track build",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1810467305941298321"
          ],
          "editableUntil": "2024-07-09T01:13:37.000Z",
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
        "51"
      ],
      "favorite_count": "2",
      "id_str": "1810467305941298321",
      "truncated": false,
      "retweet_count": "1",
      "id": "1810467305941298321",
      "created_at": "Tue Jul 09 00:13:37 +0000 2024",
      "favorited": false,
      "full_text": "shirt off cos the girls in my dms asked 😏 rate 1-10",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1804595236230266168"
          ],
          "editableUntil": "2024-06-22T20:20:06.000Z",
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
        "88"
      ],
      "favorite_count": "0",
      "id_str": "1804595236230266168",
      "truncated": false,
      "retweet_count": "0",
      "id": "1804595236230266168",
      "created_at": "Sat Jun 22 19:20:06 +0000 2024",
      "favorited": false,
      "full_text": "police chase on the a1 on the news tonight, glad nobody got hurt, that driver was mental",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1801875573178959970"
          ],
          "editableUntil": "2024-06-15T08:13:08.000Z",
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
        "52"
      ],
      "favorite_count": "6",
      "id_str": "1801875573178959970",
      "truncated": false,
      "retweet_count": "1",
      "id": "1801875573178959970",
      "created_at": "Sat Jun 15 07:13:08 +0000 2024",
      "favorited": false,
      "full_text": "she said she likes a lad with oily hands 👀🍆 say less",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1793372446055328650"
          ],
          "editableUntil": "2024-05-22T21:04:45.000Z",
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
      "favorite_count": "4",
      "id_str": "1793372446055328650",
      "truncated": false,
      "retweet_count": "5",
      "id": "1793372446055328650",
      "created_at": "Wed May 22 20:04:45 +0000 2024",
      "favorited": false,
      "full_text": "new apprentice starting monday is a girl 😂😂 give it a week before shes crying over a seized caliper bolt",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1780149142045437136"
          ],
          "editableUntil": "2024-04-16T09:20:03.000Z",
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
      "id_str": "1780149142045437136",
      "truncated": false,
      "retweet_count": "0",
      "id": "1780149142045437136",
      "created_at": "Tue Apr 16 08:20:03 +0000 2024",
      "favorited": false,
      "full_text": "7am in the workshop and its -2 outside. gloves on under the gloves",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1778838078497608637"
          ],
          "editableUntil": "2024-04-12T18:30:21.000Z",
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
      "favorite_count": "3",
      "id_str": "1778838078497608637",
      "truncated": false,
      "retweet_count": "0",
      "id": "1778838078497608637",
      "created_at": "Fri Apr 12 17:30:21 +0000 2024",
      "favorited": false,
      "full_text": "absolutely murdered the lap record at teesside karting tonight 🏁 1:02.4",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1777802381442952080"
          ],
          "editableUntil": "2024-04-09T21:54:52.000Z",
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
      "favorite_count": "0",
      "id_str": "1777802381442952080",
      "truncated": false,
      "retweet_count": "0",
      "id": "1777802381442952080",
      "created_at": "Tue Apr 09 20:54:52 +0000 2024",
      "favorited": false,
      "full_text": "gaffer charged an old dear £480 for a brake fluid flush we never even did. she said thank you love. felt sick",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1774136478395432447"
          ],
          "editableUntil": "2024-03-30T19:07:52.000Z",
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
      "favorite_count": "0",
      "id_str": "1774136478395432447",
      "truncated": false,
      "retweet_count": "1",
      "id": "1774136478395432447",
      "created_at": "Sat Mar 30 18:07:52 +0000 2024",
      "favorited": false,
      "full_text": "blow off valve on this focus st sounds absolutely filthy 🔥🔥",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1774047089205074108"
          ],
          "editableUntil": "2024-03-30T13:12:40.000Z",
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
      "favorite_count": "3",
      "id_str": "1774047089205074108",
      "truncated": false,
      "retweet_count": "0",
      "id": "1774047089205074108",
      "created_at": "Sat Mar 30 12:12:40 +0000 2024",
      "favorited": false,
      "full_text": "took a set of NGK plugs home from work for my own car. theyll never miss them lol",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1768188189099689959"
          ],
          "editableUntil": "2024-03-14T09:11:30.000Z",
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
            "name": "Mo Mk7",
            "screen_name": "mo_mk7",
            "indices": [
              "0",
              "7"
            ],
            "id_str": "1899704479",
            "id": "1899704479"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "8",
        "87"
      ],
      "favorite_count": "23",
      "in_reply_to_status_id_str": "1768175104198272072",
      "in_reply_to_status_id": "1768175104198272072",
      "in_reply_to_user_id": "1899704479",
      "in_reply_to_user_id_str": "1899704479",
      "in_reply_to_screen_name": "mo_mk7",
      "id_str": "1768188189099689959",
      "truncated": false,
      "retweet_count": "0",
      "id": "1768188189099689959",
      "created_at": "Thu Mar 14 08:11:30 +0000 2024",
      "favorited": false,
      "full_text": "@mo_mk7 just post it bro 41 elmfield terrace LS9 6QP, leave it by the bins if im not in",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1764026270025037217"
          ],
          "editableUntil": "2024-03-02T21:33:31.000Z",
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
      "favorite_count": "1",
      "id_str": "1764026270025037217",
      "truncated": false,
      "retweet_count": "1",
      "id": "1764026270025037217",
      "created_at": "Sat Mar 02 20:33:31 +0000 2024",
      "favorited": false,
      "full_text": "rate the car, rate me, or rate whats in the trousers 🍆💦 dms open x",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1759565007728415526"
          ],
          "editableUntil": "2024-02-19T14:06:03.000Z",
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
        "137"
      ],
      "favorite_count": "1",
      "id_str": "1759565007728415526",
      "truncated": false,
      "retweet_count": "5",
      "id": "1759565007728415526",
      "created_at": "Mon Feb 19 13:06:03 +0000 2024",
      "favorited": false,
      "full_text": "had a certain leeds player's range rover in today. 22k miles, stinks of weed inside and the address on the V5 is 2 streets from my nans 👀",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1753542209023093979"
          ],
          "editableUntil": "2024-02-02T23:13:36.000Z",
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
            "name": "Motorsportdaily",
            "screen_name": "MotorsportDaily",
            "indices": [
              "3",
              "19"
            ],
            "id_str": "9976702069295149340",
            "id": "9976702069295149340"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "153"
      ],
      "favorite_count": "0",
      "id_str": "1753542209023093979",
      "truncated": false,
      "retweet_count": "0",
      "id": "1753542209023093979",
      "created_at": "Fri Feb 02 22:13:36 +0000 2024",
      "favorited": false,
      "full_text": "RT @MotorsportDaily_UK: Big crash at Brands Hatch this afternoon, driver walked away unhurt. Safety car out for 20 minutes while the barrier is repaired.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1749975226668670086"
          ],
          "editableUntil": "2024-01-24T02:59:41.000Z",
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
      "id_str": "1749975226668670086",
      "truncated": false,
      "retweet_count": "0",
      "id": "1749975226668670086",
      "created_at": "Wed Jan 24 01:59:41 +0000 2024",
      "favorited": false,
      "full_text": "sh*te car, sh*te weather, sh*te gaffer. friday cant come quick enough",
      "lang": "en"
    }
  }
]