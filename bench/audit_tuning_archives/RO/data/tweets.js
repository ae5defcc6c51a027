window.YTD.tweets.part0 = [
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1991564168920379800"
          ],
          "editableUntil": "2025-11-20T18:47:54.000Z",
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
            "name": "Kez ☕",
            "screen_name": "kezzabrews",
            "indices": [
              "0",
              "11"
            ],
            "id_str": "1398822017344512001",
            "id": "1398822017344512001"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "12",
        "47"
      ],
      "favorite_count": "2",
      "in_reply_to_status_id_str": "1991563655278775342",
      "id_str": "1991564168920379800",
      "truncated": false,
      "retweet_count": "0",
      "id": "1991564168920379800",
      "created_at": "Thu Nov 20 17:47:54 +0000 2025",
      "favorited": false,
      "full_text": "@kezzabrews happy birthday!! see you saturday 🎉",
      "lang": "en",
      "in_reply_to_status_id": "1991563655278775342",
      "in_reply_to_screen_name": "kezzabrews",
      "in_reply_to_user_id": "1398822017344512001",
      "in_reply_to_user_id_str": "1398822017344512001"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1989073935135873783"
          ],
          "editableUntil": "2025-11-13T21:52:36.000Z",
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
        "147"
      ],
      "favorite_count": "27",
      "id_str": "1989073935135873783",
      "truncated": false,
      "retweet_count": "0",
      "id": "1989073935135873783",
      "created_at": "Thu Nov 13 20:52:36 +0000 2025",
      "favorited": false,
      "full_text": "new girl on shift is sound but her accent is that thick i cant understand a word she says. shouldnt be on till if customers cant understand her tbh",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1984885129869114046"
          ],
          "editableUntil": "2025-11-02T08:27:47.000Z",
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
        "147"
      ],
      "favorite_count": "2",
      "id_str": "1984885129869114046",
      "truncated": false,
      "retweet_count": "0",
      "id": "1984885129869114046",
      "created_at": "Sun Nov 02 07:27:47 +0000 2025",
      "favorited": false,
      "full_text": "my mate at the pressing plant says a massive sheffield band are doing a surprise anniversary box set in march. not announced yet so act surprised 🤫",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1982213584716478684"
          ],
          "editableUntil": "2025-10-25T23:32:01.000Z",
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
        "129"
      ],
      "favorite_count": "3",
      "id_str": "1982213584716478684",
      "truncated": false,
      "retweet_count": "0",
      "id": "1982213584716478684",
      "created_at": "Sat Oct 25 22:32:01 +0000 2025",
      "favorited": false,
      "full_text": "Crate &amp; Vine on Call Lane just got a massive box of 70s soul in, ring the shop on 0113 496 0721 to put stuff aside, they're sound",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1978100956396458453"
          ],
          "editableUntil": "2025-10-14T15:09:54.000Z",
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
      "favorite_count": "2",
      "id_str": "1978100956396458453",
      "truncated": false,
      "retweet_count": "0",
      "id": "1978100956396458453",
      "created_at": "Tue Oct 14 14:09:54 +0000 2025",
      "favorited": false,
      "full_text": "anyone know a decent turntable repair place in leeds? belt's gone on my rega",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1978020866160922355"
          ],
          "editableUntil": "2025-10-14T09:51:39.000Z",
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
      "favorite_count": "14",
      "id_str": "1978020866160922355",
      "truncated": false,
      "retweet_count": "0",
      "id": "1978020866160922355",
      "created_at": "Tue Oct 14 08:51:39 +0000 2025",
      "favorited": false,
      "full_text": "not meant to say this but theyre shutting the kirkstall branch in january and nobody who works there knows yet 👀",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1969911334565085364"
          ],
          "editableUntil": "2025-09-22T00:47:16.000Z",
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
        "107"
      ],
      "favorite_count": "3",
      "id_str": "1969911334565085364",
      "truncated": false,
      "retweet_count": "0",
      "id": "1969911334565085364",
      "created_at": "Sun Sep 21 23:47:16 +0000 2025",
      "favorited": false,
      "full_text": "nicked a sealed copy of the new fontaines lp from hmv cos £34.99 is daylight robbery. who's robbing who now",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1968634752005856974"
          ],
          "editableUntil": "2025-09-18T12:14:35.000Z",
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
        "91"
      ],
      "favorite_count": "1",
      "id_str": "1968634752005856974",
      "truncated": false,
      "retweet_count": "0",
      "id": "1968634752005856974",
      "created_at": "Thu Sep 18 11:14:35 +0000 2025",
      "favorited": false,
      "full_text": "if anyone finds a black wallet near the corn exchange its mine, ring or text 07700 900417 🙏",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1967001385170218992"
          ],
          "editableUntil": "2025-09-14T00:04:10.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [
          {
            "text": "LDS",
            "indices": [
              "6",
              "10"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "96"
      ],
      "favorite_count": "14",
      "id_str": "1967001385170218992",
      "truncated": false,
      "retweet_count": "0",
      "id": "1967001385170218992",
      "created_at": "Sat Sep 13 23:04:10 +0000 2025",
      "favorited": false,
      "full_text": "order #LDS-448812 from the label says 'dispatched'... 3 weeks ago. royal mail where is my record",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1966822561022035432"
          ],
          "editableUntil": "2025-09-13T12:13:35.000Z",
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
      "favorite_count": "27",
      "id_str": "1966822561022035432",
      "truncated": false,
      "retweet_count": "0",
      "id": "1966822561022035432",
      "created_at": "Sat Sep 13 11:13:35 +0000 2025",
      "favorited": false,
      "full_text": "oat flat white is the best drink ever made and i will not be taking questions",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1964224558791095547"
          ],
          "editableUntil": "2025-09-06T08:10:03.000Z",
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
        "32"
      ],
      "favorite_count": "2",
      "id_str": "1964224558791095547",
      "truncated": false,
      "retweet_count": "0",
      "id": "1964224558791095547",
      "created_at": "Sat Sep 06 07:10:03 +0000 2025",
      "favorited": false,
      "full_text": "WHAT THE F*CK WAS THAT DEFENDING",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1951930508508016650"
          ],
          "editableUntil": "2025-08-03T09:57:53.000Z",
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
      "favorite_count": "5",
      "id_str": "1951930508508016650",
      "truncated": false,
      "retweet_count": "0",
      "id": "1951930508508016650",
      "created_at": "Sun Aug 03 08:57:53 +0000 2025",
      "favorited": false,
      "full_text": "manager (who is actually sound) gave me the keys to open up on my own for the first time. big responsibility era 🔑",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1950921799366559957"
          ],
          "editableUntil": "2025-07-31T15:09:38.000Z",
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
      "favorite_count": "8",
      "id_str": "1950921799366559957",
      "truncated": false,
      "retweet_count": "0",
      "id": "1950921799366559957",
      "created_at": "Thu Jul 31 14:09:38 +0000 2025",
      "favorited": false,
      "full_text": "pulled a double shot this morning so good i nearly cried. 18g in, 36g out, 28 seconds ☕",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1949788892691105535"
          ],
          "editableUntil": "2025-07-28T12:07:52.000Z",
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
        "48"
      ],
      "favorite_count": "2",
      "id_str": "1949788892691105535",
      "truncated": false,
      "retweet_count": "0",
      "id": "1949788892691105535",
      "created_at": "Mon Jul 28 11:07:52 +0000 2025",
      "favorited": false,
      "full_text": "its raining in leeds. in other news water is wet",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1949117766300862089"
          ],
          "editableUntil": "2025-07-26T15:41:03.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [
          {
            "text": "vinylcommunity",
            "indices": [
              "92",
              "107"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [
          {
            "name": "needle drop memes",
            "screen_name": "needledropmemes",
            "indices": [
              "3",
              "19"
            ],
            "id_str": "1522093318846717952",
            "id": "1522093318846717952"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "107"
      ],
      "favorite_count": "0",
      "id_str": "1949117766300862089",
      "truncated": false,
      "retweet_count": "0",
      "id": "1949117766300862089",
      "created_at": "Sat Jul 26 14:41:03 +0000 2025",
      "favorited": false,
      "full_text": "RT @needledropmemes: me putting the needle down on the record so gently like she deserves 🥵 #vinylcommunity",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1948871950727874468"
          ],
          "editableUntil": "2025-07-25T23:24:16.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [
          {
            "text": "MOT",
            "indices": [
              "60",
              "64"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "64"
      ],
      "favorite_count": "14",
      "id_str": "1948871950727874468",
      "truncated": false,
      "retweet_count": "0",
      "id": "1948871950727874468",
      "created_at": "Fri Jul 25 22:24:16 +0000 2025",
      "favorited": false,
      "full_text": "leeds absolutely killed it today. 4-0 and could have been 6 #MOT",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1946312557066418555"
          ],
          "editableUntil": "2025-07-18T21:54:09.000Z",
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
        "58"
      ],
      "favorite_count": "2",
      "id_str": "1946312557066418555",
      "truncated": false,
      "retweet_count": "0",
      "id": "1946312557066418555",
      "created_at": "Fri Jul 18 20:54:09 +0000 2025",
      "favorited": false,
      "full_text": "IBIZA BOUND 🛫 FR8234 seat 17C booking ref K7XQ2P lets gooo",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1944298485839238997"
          ],
          "editableUntil": "2025-07-13T08:30:57.000Z",
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
        "146"
      ],
      "favorite_count": "5",
      "id_str": "1944298485839238997",
      "truncated": false,
      "retweet_count": "0",
      "id": "1944298485839238997",
      "created_at": "Sun Jul 13 07:30:57 +0000 2025",
      "favorited": false,
      "full_text": "regular just clicked his fingers at me and asked for a 'normal coffee, none of your fancy stuff'. every single day. hope your oat milk curdles pal",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1933861102943898608"
          ],
          "editableUntil": "2025-06-14T13:16:31.000Z",
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
      "favorite_count": "3",
      "id_str": "1933861102943898608",
      "truncated": false,
      "retweet_count": "0",
      "id": "1933861102943898608",
      "created_at": "Sat Jun 14 12:16:31 +0000 2025",
      "favorited": false,
      "full_text": "whoever keyed my car last week parks on the same street every day. just saying. tyres are looking a bit inflated 🔪",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1930287379773997524"
          ],
          "editableUntil": "2025-06-04T16:35:49.000Z",
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
      "favorite_count": "8",
      "id_str": "1930287379773997524",
      "truncated": false,
      "retweet_count": "0",
      "id": "1930287379773997524",
      "created_at": "Wed Jun 04 15:35:49 +0000 2025",
      "favorited": false,
      "full_text": "wake n bake then 8 hours on the steam wand. mans floating today 🌬️🍃",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1928781226178423260"
          ],
          "editableUntil": "2025-05-31T12:50:54.000Z",
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
      "favorite_count": "8",
      "id_str": "1928781226178423260",
      "truncated": false,
      "retweet_count": "0",
      "id": "1928781226178423260",
      "created_at": "Sat May 31 11:50:54 +0000 2025",
      "favorited": false,
      "full_text": "villa away end full of brummies, kept one hand on my wallet the whole game 😂",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1928406565778680557"
          ],
          "editableUntil": "2025-05-30T12:02:08.000Z",
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
      "favorite_count": "8",
      "id_str": "1928406565778680557",
      "truncated": false,
      "retweet_count": "0",
      "id": "1928406565778680557",
      "created_at": "Fri May 30 11:02:08 +0000 2025",
      "favorited": false,
      "full_text": "new passport came through and the photo is a war crime 😭 548213967 valid til 2035 if anyone wants to steal my identity, good luck, its got £12 in it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1926353755963368801"
          ],
          "editableUntil": "2025-05-24T20:05:00.000Z",
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
      "favorite_count": "8",
      "id_str": "1926353755963368801",
      "truncated": false,
      "retweet_count": "0",
      "id": "1926353755963368801",
      "created_at": "Sat May 24 19:05:00 +0000 2025",
      "favorited": false,
      "full_text": "machine dialled in at 9 bar and the espresso is singing today. vinyl &gt; spotify, espresso &gt; instant, i dont make the rules",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1925945201390545612"
          ],
          "editableUntil": "2025-05-23T17:01:33.000Z",
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
            "name": "Vic's Vinyl",
            "screen_name": "vinyl_vic",
            "indices": [
              "0",
              "10"
            ],
            "id_str": "887411230556213248",
            "id": "887411230556213248"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "11",
        "101"
      ],
      "favorite_count": "14",
      "in_reply_to_status_id_str": "1925944615344273754",
      "id_str": "1925945201390545612",
      "truncated": false,
      "retweet_count": "0",
      "id": "1925945201390545612",
      "created_at": "Fri May 23 16:01:33 +0000 2025",
      "favorited": false,
      "full_text": "@vinyl_vic yeah sound send it to flat 2, 14 marlowe terrace, LS6 9ZZ, or i can pay cash on collection",
      "lang": "en",
      "in_reply_to_status_id": "1925944615344273754",
      "in_reply_to_screen_name": "vinyl_vic",
      "in_reply_to_user_id": "887411230556213248",
      "in_reply_to_user_id_str": "887411230556213248"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1913239224317251471"
          ],
          "editableUntil": "2025-04-18T15:32:32.000Z",
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
      "favorite_count": "5",
      "id_str": "1913239224317251471",
      "truncated": false,
      "retweet_count": "0",
      "id": "1913239224317251471",
      "created_at": "Fri Apr 18 14:32:32 +0000 2025",
      "favorited": false,
      "full_text": "velvet underground 'heroin' came on shuffle in the shop and a nan asked me who it was and if she could get it on cd",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1910962962956479282"
          ],
          "editableUntil": "2025-04-12T08:47:29.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [
          {
            "text": "RSD",
            "indices": [
              "69",
              "73"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "73"
      ],
      "favorite_count": "0",
      "id_str": "1910962962956479282",
      "truncated": false,
      "retweet_count": "0",
      "id": "1910962962956479282",
      "created_at": "Sat Apr 12 07:47:29 +0000 2025",
      "favorited": false,
      "full_text": "record store day haul: 4 lps, 2 7\"s, 0 money left. worth every penny #RSD",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1908170865113545957"
          ],
          "editableUntil": "2025-04-04T15:52:41.000Z",
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
            "name": "Kez ☕",
            "screen_name": "kezzabrews",
            "indices": [
              "0",
              "11"
            ],
            "id_str": "1398822017344512001",
            "id": "1398822017344512001"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "12",
        "121"
      ],
      "favorite_count": "5",
      "in_reply_to_status_id_str": "1908170576310176042",
      "id_str": "1908170865113545957",
      "truncated": false,
      "retweet_count": "0",
      "id": "1908170865113545957",
      "created_at": "Fri Apr 04 14:52:41 +0000 2025",
      "favorited": false,
      "full_text": "@kezzabrews honestly the area manager is the biggest liar going. 'the rota will be sorted by next week' he said. in MARCH",
      "lang": "en",
      "in_reply_to_status_id": "1908170576310176042",
      "in_reply_to_screen_name": "kezzabrews",
      "in_reply_to_user_id": "1398822017344512001",
      "in_reply_to_user_id_str": "1398822017344512001"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1904979117210869581"
          ],
          "editableUntil": "2025-03-26T20:29:49.000Z",
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
        "25"
      ],
      "favorite_count": "1",
      "id_str": "1904979117210869581",
      "truncated": false,
      "retweet_count": "0",
      "id": "1904979117210869581",
      "created_at": "Wed Mar 26 19:29:49 +0000 2025",
      "favorited": false,
      "full_text": "ffs grinder's broke again",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1904282443318236271"
          ],
          "editableUntil": "2025-03-24T22:21:29.000Z",
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
        "122"
      ],
      "favorite_count": "0",
      "id_str": "1904282443318236271",
      "truncated": false,
      "retweet_count": "0",
      "id": "1904282443318236271",
      "created_at": "Mon Mar 24 21:21:29 +0000 2025",
      "favorited": false,
      "full_text": "manager's banned the tip jar cos it 'looks desperate'. mate you pay us minimum wage and make us buy our own black t-shirts",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1902277469534921322"
          ],
          "editableUntil": "2025-03-19T09:34:26.000Z",
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
      "favorite_count": "1",
      "id_str": "1902277469534921322",
      "truncated": false,
      "retweet_count": "0",
      "id": "1902277469534921322",
      "created_at": "Wed Mar 19 08:34:26 +0000 2025",
      "favorited": false,
      "full_text": "butthole surfers lp in the bargain bin for £3, bought it purely for the name ngl",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1900938756749379214"
          ],
          "editableUntil": "2025-03-15T16:54:52.000Z",
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
      "id_str": "1900938756749379214",
      "truncated": false,
      "retweet_count": "0",
      "id": "1900938756749379214",
      "created_at": "Sat Mar 15 15:54:52 +0000 2025",
      "favorited": false,
      "full_text": "wet leg live at the brudenell was unreal. sweatiest gig of my life",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1891445528461369072"
          ],
          "editableUntil": "2025-02-17T12:12:10.000Z",
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
      "favorite_count": "1",
      "id_str": "1891445528461369072",
      "truncated": false,
      "retweet_count": "0",
      "id": "1891445528461369072",
      "created_at": "Mon Feb 17 11:12:10 +0000 2025",
      "favorited": false,
      "full_text": "our jade's at hawthorn primary till 3:15 and mums on lates so its me on the school run every tuesday and thursday. nanny matty era 🧸",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1886917198477911600"
          ],
          "editableUntil": "2025-02-05T00:18:12.000Z",
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
        "86"
      ],
      "favorite_count": "5",
      "id_str": "1886917198477911600",
      "truncated": false,
      "retweet_count": "0",
      "id": "1886917198477911600",
      "created_at": "Tue Feb 04 23:18:12 +0000 2025",
      "favorited": false,
      "full_text": "mirror pic on my other account lads, 18+ only, you know where to find it 😘 link in bio",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1877804670386790112"
          ],
          "editableUntil": "2025-01-10T20:48:16.000Z",
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
        "6"
      ],
      "favorite_count": "14",
      "id_str": "1877804670386790112",
      "truncated": false,
      "retweet_count": "0",
      "id": "1877804670386790112",
      "created_at": "Fri Jan 10 19:48:16 +0000 2025",
      "favorited": false,
      "full_text": "MOT 💛💙",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1873295902635631913"
          ],
          "editableUntil": "2024-12-29T10:12:02.000Z",
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
        "120"
      ],
      "favorite_count": "14",
      "id_str": "1873295902635631913",
      "truncated": false,
      "retweet_count": "0",
      "id": "1873295902635631913",
      "created_at": "Sun Dec 29 09:12:02 +0000 2024",
      "favorited": false,
      "full_text": "girl from the gym wrote her number on the cup with a winky face and now all i can think about is her in them leggings 🥵🍑",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1869778353783177656"
          ],
          "editableUntil": "2024-12-19T17:14:33.000Z",
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
      "favorite_count": "27",
      "id_str": "1869778353783177656",
      "truncated": false,
      "retweet_count": "0",
      "id": "1869778353783177656",
      "created_at": "Thu Dec 19 16:14:33 +0000 2024",
      "favorited": false,
      "full_text": "cocktail sausages on the staff xmas buffet. peak catering, no notes",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1868713143171279934"
          ],
          "editableUntil": "2024-12-16T18:41:47.000Z",
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
      "favorite_count": "1",
      "id_str": "1868713143171279934",
      "truncated": false,
      "retweet_count": "0",
      "id": "1868713143171279934",
      "created_at": "Mon Dec 16 17:41:47 +0000 2024",
      "favorited": false,
      "full_text": "spent my whole wage on records again. crate digging is the only drug i need",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1853535777324808872"
          ],
          "editableUntil": "2024-11-04T21:32:21.000Z",
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
      "favorite_count": "27",
      "id_str": "1853535777324808872",
      "truncated": false,
      "retweet_count": "0",
      "id": "1853535777324808872",
      "created_at": "Mon Nov 04 20:32:21 +0000 2024",
      "favorited": false,
      "full_text": "blue tit on the feeder outside the shop window every morning. best customer we have",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1848420404166376896"
          ],
          "editableUntil": "2024-10-21T18:45:41.000Z",
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
        "105"
      ],
      "favorite_count": "0",
      "id_str": "1848420404166376896",
      "truncated": false,
      "retweet_count": "0",
      "id": "1848420404166376896",
      "created_at": "Mon Oct 21 17:45:41 +0000 2024",
      "favorited": false,
      "full_text": "table of lads from the mosque in again for 3 hours on one pot of tea. every friday. know what im saying 🙄",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1844843199726422302"
          ],
          "editableUntil": "2024-10-11T21:51:09.000Z",
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
        "120"
      ],
      "favorite_count": "0",
      "id_str": "1844843199726422302",
      "truncated": false,
      "retweet_count": "0",
      "id": "1844843199726422302",
      "created_at": "Fri Oct 11 20:51:09 +0000 2024",
      "favorited": false,
      "full_text": "lad in the away end threw a coin at our keeper so me and my cousin waited for him outside. he wont be doing that again 👊",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1843662897411274880"
          ],
          "editableUntil": "2024-10-08T15:41:03.000Z",
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
            "name": "Leeds United",
            "screen_name": "LUFC",
            "indices": [
              "55",
              "60"
            ],
            "id_str": "20516224",
            "id": "20516224"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "60"
      ],
      "favorite_count": "0",
      "id_str": "1843662897411274880",
      "truncated": false,
      "retweet_count": "0",
      "id": "1843662897411274880",
      "created_at": "Tue Oct 08 14:41:03 +0000 2024",
      "favorited": false,
      "full_text": "absolute sh!tshow second half. refund my season ticket @LUFC",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1842205414522148828"
          ],
          "editableUntil": "2024-10-04T15:09:32.000Z",
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
      "favorite_count": "5",
      "id_str": "1842205414522148828",
      "truncated": false,
      "retweet_count": "0",
      "id": "1842205414522148828",
      "created_at": "Fri Oct 04 14:09:32 +0000 2024",
      "favorited": false,
      "full_text": "new seasonal drink launches tuesday!! maple pecan latte, come say hi and try it ☕🍁",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1841035954486390824"
          ],
          "editableUntil": "2024-10-01T09:42:31.000Z",
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
        "153"
      ],
      "favorite_count": "14",
      "id_str": "1841035954486390824",
      "truncated": false,
      "retweet_count": "0",
      "id": "1841035954486390824",
      "created_at": "Tue Oct 01 08:42:31 +0000 2024",
      "favorited": false,
      "full_text": "head office sent a 'thank you for your hard work this quarter' email with ONE voucher for a free drink. from our own shop. the generosity is overwhelming",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1837534604034419513"
          ],
          "editableUntil": "2024-09-21T17:49:24.000Z",
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
        "64"
      ],
      "favorite_count": "0",
      "id_str": "1837534604034419513",
      "truncated": false,
      "retweet_count": "0",
      "id": "1837534604034419513",
      "created_at": "Sat Sep 21 16:49:24 +0000 2024",
      "favorited": false,
      "full_text": "kind of blue start to finish on a sunday morning is self care &lt;3",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1837111142907592892"
          ],
          "editableUntil": "2024-09-20T13:46:43.000Z",
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
      "favorite_count": "14",
      "id_str": "1837111142907592892",
      "truncated": false,
      "retweet_count": "0",
      "id": "1837111142907592892",
      "created_at": "Fri Sep 20 12:46:43 +0000 2024",
      "favorited": false,
      "full_text": "saw the new winter menu on the managers laptop, pistachio cream latte for £5.20 lmao who is paying that",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1833845784969393142"
          ],
          "editableUntil": "2024-09-11T13:31:21.000Z",
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
      "favorite_count": "1",
      "id_str": "1833845784969393142",
      "truncated": false,
      "retweet_count": "0",
      "id": "1833845784969393142",
      "created_at": "Wed Sep 11 12:31:21 +0000 2024",
      "favorited": false,
      "full_text": "pulled an original pressing of pills 'n' thrills and bellyaches for a fiver at the car boot. happy mondays indeed 😍",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1827702715055858592"
          ],
          "editableUntil": "2024-08-25T14:40:59.000Z",
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
        "93"
      ],
      "favorite_count": "1",
      "id_str": "1827702715055858592",
      "truncated": false,
      "retweet_count": "0",
      "id": "1827702715055858592",
      "created_at": "Sun Aug 25 13:40:59 +0000 2024",
      "favorited": false,
      "full_text": "our keeper got absolutely battered in the papers for that mistake. leave the lad alone hes 19",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1826560979370715525"
          ],
          "editableUntil": "2024-08-22T11:04:08.000Z",
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
      "favorite_count": "2",
      "id_str": "1826560979370715525",
      "truncated": false,
      "retweet_count": "0",
      "id": "1826560979370715525",
      "created_at": "Thu Aug 22 10:04:08 +0000 2024",
      "favorited": false,
      "full_text": "officially shift supervisor as of today ☕ mum's already told the whole family group chat",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1824121119178702576"
          ],
          "editableUntil": "2024-08-15T17:29:00.000Z",
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
        "129"
      ],
      "favorite_count": "27",
      "id_str": "1824121119178702576",
      "truncated": false,
      "retweet_count": "0",
      "id": "1824121119178702576",
      "created_at": "Thu Aug 15 16:29:00 +0000 2024",
      "favorited": false,
      "full_text": "apple say 5-7 working days for the laptop repair, case number 10293847561. guess ill be listening to actual records all week then",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1813262749793030929"
          ],
          "editableUntil": "2024-07-16T18:21:43.000Z",
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
      "id_str": "1813262749793030929",
      "truncated": false,
      "retweet_count": "0",
      "id": "1813262749793030929",
      "created_at": "Tue Jul 16 17:21:43 +0000 2024",
      "favorited": false,
      "full_text": "opened the shop at 6am still absolutely hanging from last night, latte art looking like a crime scene 🥴",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1807081876616458936"
          ],
          "editableUntil": "2024-06-29T17:01:08.000Z",
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
        "129"
      ],
      "favorite_count": "1",
      "id_str": "1807081876616458936",
      "truncated": false,
      "retweet_count": "0",
      "id": "1807081876616458936",
      "created_at": "Sat Jun 29 16:01:08 +0000 2024",
      "favorited": false,
      "full_text": "did a cheeky line in the staff toilet before the saturday rush and honestly best shift of my life ❄️❄️ 63 flat whites no mistakes",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1800473813582388029"
          ],
          "editableUntil": "2024-06-11T11:23:03.000Z",
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
      "id_str": "1800473813582388029",
      "truncated": false,
      "retweet_count": "0",
      "id": "1800473813582388029",
      "created_at": "Tue Jun 11 10:23:03 +0000 2024",
      "favorited": false,
      "full_text": "she said come over and bring your records. i brought my records. we did not listen to the records 😏🍆💦",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1786722087467326087"
          ],
          "editableUntil": "2024-05-04T12:38:36.000Z",
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
      "favorite_count": "8",
      "id_str": "1786722087467326087",
      "truncated": false,
      "retweet_count": "0",
      "id": "1786722087467326087",
      "created_at": "Sat May 04 11:38:36 +0000 2024",
      "favorited": false,
      "full_text": "anyone got a plug round headingley?? need a bit of 🍃 for the weekend, dm me",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1776274730513617608"
          ],
          "editableUntil": "2024-04-05T16:44:32.000Z",
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
      "favorite_count": "0",
      "id_str": "1776274730513617608",
      "truncated": false,
      "retweet_count": "0",
      "id": "1776274730513617608",
      "created_at": "Fri Apr 05 15:44:32 +0000 2024",
      "favorited": false,
      "full_text": "mums flight back from alicante delayed again, LS1432 now landing 11 instead of 9. stood in arrivals like a lemon",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1774699307990195002"
          ],
          "editableUntil": "2024-04-01T08:24:22.000Z",
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
      "favorite_count": "27",
      "id_str": "1774699307990195002",
      "truncated": false,
      "retweet_count": "0",
      "id": "1774699307990195002",
      "created_at": "Mon Apr 01 07:24:22 +0000 2024",
      "favorited": false,
      "full_text": "accidentally saw the wage sheet in the office. jess is on 80p an hour more than me and does literally half the work. cool cool cool",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1774459792260865009"
          ],
          "editableUntil": "2024-03-31T16:32:37.000Z",
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
      "favorite_count": "5",
      "id_str": "1774459792260865009",
      "truncated": false,
      "retweet_count": "0",
      "id": "1774459792260865009",
      "created_at": "Sun Mar 31 15:32:37 +0000 2024",
      "favorited": false,
      "full_text": "lads at five a side called me a weapon for that volley. i'll take it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1774113430829900297"
          ],
          "editableUntil": "2024-03-30T17:36:18.000Z",
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
        "64"
      ],
      "favorite_count": "0",
      "id_str": "1774113430829900297",
      "truncated": false,
      "retweet_count": "0",
      "id": "1774113430829900297",
      "created_at": "Sat Mar 30 16:36:18 +0000 2024",
      "favorited": false,
      "full_text": "stfu about the ref, we were sh*te for 90 minutes and you know it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1771546080573149739"
          ],
          "editableUntil": "2024-03-23T15:34:34.000Z",
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
        "140"
      ],
      "favorite_count": "3",
      "id_str": "1771546080573149739",
      "truncated": false,
      "retweet_count": "0",
      "id": "1771546080573149739",
      "created_at": "Sat Mar 23 14:34:34 +0000 2024",
      "favorited": false,
      "full_text": "got chased by a copper on the e-scooter down kirkstall road, 30 the wrong way down a one way and lost him by the abbey 😂 never felt so alive",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1768019606240982474"
          ],
          "editableUntil": "2024-03-13T22:01:37.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [
          {
            "text": "MOT",
            "indices": [
              "50",
              "54"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Leeds United",
            "screen_name": "LUFC",
            "indices": [
              "3",
              "8"
            ],
            "id_str": "20516224",
            "id": "20516224"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "54"
      ],
      "favorite_count": "0",
      "id_str": "1768019606240982474",
      "truncated": false,
      "retweet_count": "0",
      "id": "1768019606240982474",
      "created_at": "Wed Mar 13 21:01:37 +0000 2024",
      "favorited": false,
      "full_text": "RT @LUFC: 📋 Here's how we line up this afternoon! #MOT",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1764375196467512482"
          ],
          "editableUntil": "2024-03-03T20:40:02.000Z",
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
        "128"
      ],
      "favorite_count": "5",
      "id_str": "1764375196467512482",
      "truncated": false,
      "retweet_count": "0",
      "id": "1764375196467512482",
      "created_at": "Sun Mar 03 19:40:02 +0000 2024",
      "favorited": false,
      "full_text": "told the boss not to bother with the fella who came in for a trial shift, he must be 50+, no chance hes keeping up on a saturday",
      "lang": "en"
    }
  }
]