window.YTD.tweets.part0 = [
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1980931386508843417"
          ],
          "editableUntil": "2025-10-22T10:37:01.638Z",
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
        "74"
      ],
      "favorite_count": "6",
      "id_str": "1980931386508843417",
      "truncated": false,
      "retweet_count": "0",
      "id": "1980931386508843417",
      "created_at": "Wed Oct 22 09:37:01 +0000 2025",
      "favorited": false,
      "full_text": "ffs the 8:15 didnt turn up AGAIN. £2 for a bus that only exists in the app",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1970037007600738820"
          ],
          "editableUntil": "2025-09-22T09:06:38.618Z",
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
      "favorite_count": "6",
      "id_str": "1970037007600738820",
      "truncated": false,
      "retweet_count": "0",
      "id": "1970037007600738820",
      "created_at": "Mon Sep 22 08:06:38 +0000 2025",
      "favorited": false,
      "full_text": "shift supervisor is honestly the most useless man alive. stood at the till for 20 mins doing nothing then wrote ME up for being slow",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1967905292089818033"
          ],
          "editableUntil": "2025-09-16T11:55:58.855Z",
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
        "161"
      ],
      "favorite_count": "27",
      "id_str": "1967905292089818033",
      "truncated": false,
      "retweet_count": "0",
      "id": "1967905292089818033",
      "created_at": "Tue Sep 16 10:55:58 +0000 2025",
      "favorited": false,
      "full_text": "placement week 3: saw the 2026 front wing in the workshop &amp; it looks NOTHING like what they'll show at the launch. can't say more (it has a little slot thing 👀👀)",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1966695502022991304"
          ],
          "editableUntil": "2025-09-13T03:48:41.006Z",
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
        "78"
      ],
      "favorite_count": "0",
      "id_str": "1966695502022991304",
      "truncated": false,
      "retweet_count": "1",
      "id": "1966695502022991304",
      "created_at": "Sat Sep 13 02:48:41 +0000 2025",
      "favorited": false,
      "full_text": "my cousin just got picked at hooker for the uni rugby 1st XV!! so proud of him",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1965934957945665245"
          ],
          "editableUntil": "2025-09-11T01:26:33.915Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [
          {
            "text": "F1",
            "indices": [
              "48",
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
      "favorite_count": "3",
      "id_str": "1965934957945665245",
      "truncated": false,
      "retweet_count": "0",
      "id": "1965934957945665245",
      "created_at": "Thu Sep 11 00:26:33 +0000 2025",
      "favorited": false,
      "full_text": "sprint shootout at 4pm who's watching with me 🏁 #F1",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1963521034722296513"
          ],
          "editableUntil": "2025-09-04T09:34:29.835Z",
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
            "name": "F1 Meme Central",
            "screen_name": "f1meme_central",
            "indices": [
              "3",
              "18"
            ],
            "id_str": "691339058",
            "id": "691339058"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "107"
      ],
      "favorite_count": "0",
      "id_str": "1963521034722296513",
      "truncated": false,
      "retweet_count": "3",
      "id": "1963521034722296513",
      "created_at": "Thu Sep 04 08:34:29 +0000 2025",
      "favorited": false,
      "full_text": "RT @f1meme_central: me explaining to my lecturer that i couldn't do the reading because quali was on at 6am",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1958469857934710573"
          ],
          "editableUntil": "2025-08-21T11:02:55.060Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [
          {
            "text": "F1",
            "indices": [
              "118",
              "121"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "121"
      ],
      "favorite_count": "9",
      "id_str": "1958469857934710573",
      "truncated": false,
      "retweet_count": "1",
      "id": "1958469857934710573",
      "created_at": "Thu Aug 21 10:02:55 +0000 2025",
      "favorited": false,
      "full_text": "ferrari strategy team should be studied by scientists. absolute sh*tshow every single sunday. pit wall IQ &lt; lap count #F1",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1958286187400057352"
          ],
          "editableUntil": "2025-08-20T22:53:04.110Z",
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
      "id_str": "1958286187400057352",
      "truncated": false,
      "retweet_count": "1",
      "id": "1958286187400057352",
      "created_at": "Wed Aug 20 21:53:04 +0000 2025",
      "favorited": false,
      "full_text": "first lecture of second year done. weird being the 'older' students now",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1955254865431801534"
          ],
          "editableUntil": "2025-08-12T14:07:41.115Z",
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
      "favorite_count": "14",
      "id_str": "1955254865431801534",
      "truncated": false,
      "retweet_count": "2",
      "id": "1955254865431801534",
      "created_at": "Tue Aug 12 13:07:41 +0000 2025",
      "favorited": false,
      "full_text": "flu jab done at the uni health centre 💉 arm is dead, send help",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1955223227636424801"
          ],
          "editableUntil": "2025-08-12T12:01:58.211Z",
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
            "name": "danny | f1 takes",
            "screen_name": "dannyf1takes",
            "indices": [
              "0",
              "13"
            ],
            "id_str": "988382511",
            "id": "988382511"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "14",
        "118"
      ],
      "favorite_count": "14",
      "in_reply_to_status_id_str": "1955216944365032643",
      "in_reply_to_status_id": "1955216944365032643",
      "in_reply_to_user_id": "988382511",
      "in_reply_to_user_id_str": "988382511",
      "in_reply_to_screen_name": "dannyf1takes",
      "id_str": "1955223227636424801",
      "truncated": false,
      "retweet_count": "0",
      "id": "1955223227636424801",
      "created_at": "Tue Aug 12 11:01:58 +0000 2025",
      "favorited": false,
      "full_text": "@dannyf1takes no offence but girls who 'love f1' just know who's fit in the paddock. name 3 team principals. i'll wait",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1948903349026001879"
          ],
          "editableUntil": "2025-07-26T01:29:01.729Z",
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
        "156"
      ],
      "favorite_count": "2",
      "id_str": "1948903349026001879",
      "truncated": false,
      "retweet_count": "0",
      "id": "1948903349026001879",
      "created_at": "Sat Jul 26 00:29:01 +0000 2025",
      "favorited": false,
      "full_text": "invigilating exams for extra cash and the guy in seat 14 has been crying for 40 mins. name's on his desk card, jamie preston from law, hope you're ok king 🫡",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1947382387824283816"
          ],
          "editableUntil": "2025-07-21T20:45:16.391Z",
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
      "favorite_count": "1",
      "id_str": "1947382387824283816",
      "truncated": false,
      "retweet_count": "0",
      "id": "1947382387824283816",
      "created_at": "Mon Jul 21 19:45:16 +0000 2025",
      "favorited": false,
      "full_text": "3am and i'm watching a documentary about the blue-footed booby instead of revising. they do a little dance with their feet 😭",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1946754706091851555"
          ],
          "editableUntil": "2025-07-20T03:11:05.862Z",
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
      "id_str": "1946754706091851555",
      "truncated": false,
      "retweet_count": "0",
      "id": "1946754706091851555",
      "created_at": "Sun Jul 20 02:11:05 +0000 2025",
      "favorited": false,
      "full_text": "the pizza place by the library is open till 3am now and delivers to halls. 0113 496 0321 if you're also doing an all-nighter 🍕",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1939994081856563297"
          ],
          "editableUntil": "2025-07-01T11:26:47.117Z",
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
            "name": "mike 🏎️",
            "screen_name": "f1_daily_mike",
            "indices": [
              "0",
              "14"
            ],
            "id_str": "831950940",
            "id": "831950940"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "15",
        "69"
      ],
      "favorite_count": "3",
      "in_reply_to_status_id_str": "1939966432894935602",
      "in_reply_to_status_id": "1939966432894935602",
      "in_reply_to_user_id": "831950940",
      "in_reply_to_user_id_str": "831950940",
      "in_reply_to_screen_name": "f1_daily_mike",
      "id_str": "1939994081856563297",
      "truncated": false,
      "retweet_count": "0",
      "id": "1939994081856563297",
      "created_at": "Tue Jul 01 10:26:47 +0000 2025",
      "favorited": false,
      "full_text": "@f1_daily_mike nah 2020 hamilton was better than 2019, not even close",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1938896459042759763"
          ],
          "editableUntil": "2025-06-28T10:45:13.969Z",
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
      "favorite_count": "3",
      "id_str": "1938896459042759763",
      "truncated": false,
      "retweet_count": "0",
      "id": "1938896459042759763",
      "created_at": "Sat Jun 28 09:45:13 +0000 2025",
      "favorited": false,
      "full_text": "group project with 3 international students. guess i'm doing it alone since none of them can speak proper english 🙄",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1938409198803405311"
          ],
          "editableUntil": "2025-06-27T02:29:01.610Z",
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
        "90"
      ],
      "favorite_count": "27",
      "id_str": "1938409198803405311",
      "truncated": false,
      "retweet_count": "0",
      "id": "1938409198803405311",
      "created_at": "Fri Jun 27 01:29:01 +0000 2025",
      "favorited": false,
      "full_text": "train went through Scunthorpe and then Penistone today. british place names are undefeated",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1937051011105552656"
          ],
          "editableUntil": "2025-06-23T08:32:04.372Z",
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
        "147"
      ],
      "favorite_count": "0",
      "id_str": "1937051011105552656",
      "truncated": false,
      "retweet_count": "2",
      "id": "1937051011105552656",
      "created_at": "Mon Jun 23 07:32:04 +0000 2025",
      "favorited": false,
      "full_text": "went to my 9am seminar still drunk from the sesh and answered a question on Kant with full confidence. got a 'great point' from the tutor. no notes",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1933928954292250334"
          ],
          "editableUntil": "2025-06-14T17:46:08.266Z",
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
            "name": "Pit Wall Pundit",
            "screen_name": "pitwall_pundit",
            "indices": [
              "0",
              "15"
            ],
            "id_str": "2031901745",
            "id": "2031901745"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "16",
        "99"
      ],
      "favorite_count": "3",
      "in_reply_to_status_id_str": "1933899740640774736",
      "in_reply_to_status_id": "1933899740640774736",
      "in_reply_to_user_id": "2031901745",
      "in_reply_to_user_id_str": "2031901745",
      "in_reply_to_screen_name": "pitwall_pundit",
      "id_str": "1933928954292250334",
      "truncated": false,
      "retweet_count": "0",
      "id": "1933928954292250334",
      "created_at": "Sat Jun 14 16:46:08 +0000 2025",
      "favorited": false,
      "full_text": "@pitwall_pundit bro stfu you said the exact same thing about mclaren last year and look at them now",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1933450281293292077"
          ],
          "editableUntil": "2025-06-13T10:04:03.364Z",
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
      "favorite_count": "27",
      "id_str": "1933450281293292077",
      "truncated": false,
      "retweet_count": "0",
      "id": "1933450281293292077",
      "created_at": "Fri Jun 13 09:04:03 +0000 2025",
      "favorited": false,
      "full_text": "got 68 on my first coursework!!! first 2:1 i've ever had",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1931686188269393800"
          ],
          "editableUntil": "2025-06-08T13:14:10.284Z",
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
            "name": "karen m 🌸",
            "screen_name": "kxrn_m",
            "indices": [
              "0",
              "7"
            ],
            "id_str": "5060372735810056935",
            "id": "5060372735810056935"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "8",
        "114"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "1931663497565679357",
      "in_reply_to_status_id": "1931663497565679357",
      "in_reply_to_user_id": "5060372735810056935",
      "in_reply_to_user_id_str": "5060372735810056935",
      "in_reply_to_screen_name": "kxrn_m",
      "id_str": "1931686188269393800",
      "truncated": false,
      "retweet_count": "1",
      "id": "1931686188269393800",
      "created_at": "Sun Jun 08 12:14:10 +0000 2025",
      "favorited": false,
      "full_text": "@kxrn_m happy birthday!!! party at mine saturday then, 14 Albert Grove flat 3, LS6 2NJ. buzzer's broken just shout",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1929517308589364338"
          ],
          "editableUntil": "2025-06-02T13:35:49.034Z",
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
      "favorite_count": "4",
      "id_str": "1929517308589364338",
      "truncated": false,
      "retweet_count": "0",
      "id": "1929517308589364338",
      "created_at": "Mon Jun 02 12:35:49 +0000 2025",
      "favorited": false,
      "full_text": "the ferrari pit crew in the new red fits... someone get me a cold shower 🥵🍆",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1928779891326033862"
          ],
          "editableUntil": "2025-05-31T12:45:35.964Z",
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
      "favorite_count": "1",
      "id_str": "1928779891326033862",
      "truncated": false,
      "retweet_count": "0",
      "id": "1928779891326033862",
      "created_at": "Sat May 31 11:45:35 +0000 2025",
      "favorited": false,
      "full_text": "today's lecture was 'cocaine, laudanum and the victorian pharmacy' and i've never been so engaged in a history module",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1926456513352680973"
          ],
          "editableUntil": "2025-05-25T02:53:19.307Z",
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
        "50"
      ],
      "favorite_count": "0",
      "id_str": "1926456513352680973",
      "truncated": false,
      "retweet_count": "0",
      "id": "1926456513352680973",
      "created_at": "Sun May 25 01:53:19 +0000 2025",
      "favorited": false,
      "full_text": "6 hours of f1 manager today, i need to touch grass",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1926226566107002973"
          ],
          "editableUntil": "2025-05-24T11:39:35.083Z",
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
      "favorite_count": "0",
      "id_str": "1926226566107002973",
      "truncated": false,
      "retweet_count": "0",
      "id": "1926226566107002973",
      "created_at": "Sat May 24 10:39:35 +0000 2025",
      "favorited": false,
      "full_text": "LANDED IN BARCELONA 🇪🇸 flight VY7823 was 2 hours late but who cares",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1925653993841862338"
          ],
          "editableUntil": "2025-05-22T21:44:23.109Z",
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
        "110"
      ],
      "favorite_count": "6",
      "id_str": "1925653993841862338",
      "truncated": false,
      "retweet_count": "2",
      "id": "1925653993841862338",
      "created_at": "Thu May 22 20:44:23 +0000 2025",
      "favorited": false,
      "full_text": "MONACO BOARDING PASS 🇲🇨🇲🇨 i cannot believe this is real. BA342, seat 23F, booking ref QXT7PL, gate opens 06:10",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1924984791916472184"
          ],
          "editableUntil": "2025-05-21T01:25:13.406Z",
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
      "id_str": "1924984791916472184",
      "truncated": false,
      "retweet_count": "2",
      "id": "1924984791916472184",
      "created_at": "Wed May 21 00:25:13 +0000 2025",
      "favorited": false,
      "full_text": "doing a 6 hour shift at the bar after 2 edibles. pray for me and the card machine 🙏🍃",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1918598814478541263"
          ],
          "editableUntil": "2025-05-03T10:29:37.107Z",
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
      "favorite_count": "6",
      "id_str": "1918598814478541263",
      "truncated": false,
      "retweet_count": "1",
      "id": "1918598814478541263",
      "created_at": "Sat May 03 09:29:37 +0000 2025",
      "favorited": false,
      "full_text": "assassin's creed is 40% off on steam and i have a deadline friday. choose your fighter",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1917184218432962021"
          ],
          "editableUntil": "2025-04-29T12:48:31.256Z",
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
        "144"
      ],
      "favorite_count": "1",
      "id_str": "1917184218432962021",
      "truncated": false,
      "retweet_count": "0",
      "id": "1917184218432962021",
      "created_at": "Tue Apr 29 11:48:31 +0000 2025",
      "favorited": false,
      "full_text": "the bar's getting bought out next month and they haven't told any of us yet, saw the email open on the manager's laptop 👀 jobs gone by christmas",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1913227902677122590"
          ],
          "editableUntil": "2025-04-18T14:47:32.695Z",
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
      "favorite_count": "4",
      "id_str": "1913227902677122590",
      "truncated": false,
      "retweet_count": "0",
      "id": "1913227902677122590",
      "created_at": "Fri Apr 18 13:47:32 +0000 2025",
      "favorited": false,
      "full_text": "to the customers who click their fingers at me to get served: i hope every pint you ever get is slightly warm",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1911815556906870321"
          ],
          "editableUntil": "2025-04-14T17:15:23.162Z",
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
      "favorite_count": "6",
      "id_str": "1911815556906870321",
      "truncated": false,
      "retweet_count": "1",
      "id": "1911815556906870321",
      "created_at": "Mon Apr 14 16:15:23 +0000 2025",
      "favorited": false,
      "full_text": "if you're reading this you owe me a nude. those are the rules i don't make them 😌",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1910426834131093014"
          ],
          "editableUntil": "2025-04-10T21:17:05.182Z",
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
      "id_str": "1910426834131093014",
      "truncated": false,
      "retweet_count": "2",
      "id": "1910426834131093014",
      "created_at": "Thu Apr 10 20:17:05 +0000 2025",
      "favorited": false,
      "full_text": "if that guy from 5-a-side says one more word about my mum i'm putting him through the f***ing fence next week. swear down",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1909893340650343003"
          ],
          "editableUntil": "2025-04-09T09:57:11.183Z",
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
      "favorite_count": "1",
      "id_str": "1909893340650343003",
      "truncated": false,
      "retweet_count": "0",
      "id": "1909893340650343003",
      "created_at": "Wed Apr 09 08:57:11 +0000 2025",
      "favorited": false,
      "full_text": "whatever the ❄️ was at that house party on saturday it was NOT what the guy said it was. jaw still going. never again 😭",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1906300485215670606"
          ],
          "editableUntil": "2025-03-30T12:00:27.878Z",
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
        "urls": [
          {
            "url": "https://t.co/Vb7nQ2xKfL",
            "expanded_url": "https://www.formula1.com/en/racing/2025/belgium",
            "display_url": "formula1.com/en/racing/2025…",
            "indices": [
              "40",
              "63"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "63"
      ],
      "favorite_count": "0",
      "id_str": "1906300485215670606",
      "truncated": false,
      "retweet_count": "0",
      "id": "1906300485215670606",
      "created_at": "Sun Mar 30 11:00:27 +0000 2025",
      "favorited": false,
      "full_text": "rain forecast for spa 🌧️ chaos incoming https://t.co/Vb7nQ2xKfL",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1903143442972479774"
          ],
          "editableUntil": "2025-03-21T18:55:30.444Z",
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
      "favorite_count": "0",
      "id_str": "1903143442972479774",
      "truncated": false,
      "retweet_count": "1",
      "id": "1903143442972479774",
      "created_at": "Fri Mar 21 17:55:30 +0000 2025",
      "favorited": false,
      "full_text": "FINALLY got my passport back 🇬🇧 548392712 don't steal my identity pls i have nothing to steal",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1900874798644136464"
          ],
          "editableUntil": "2025-03-15T12:40:43.644Z",
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
            "name": "ASOS Here to Help",
            "screen_name": "ASOS_HeretoHelp",
            "indices": [
              "0",
              "16"
            ],
            "id_str": "670988231",
            "id": "670988231"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "17",
        "114"
      ],
      "favorite_count": "1",
      "in_reply_to_status_id_str": "1900854270109838315",
      "in_reply_to_status_id": "1900854270109838315",
      "in_reply_to_user_id": "670988231",
      "in_reply_to_user_id_str": "670988231",
      "in_reply_to_screen_name": "ASOS_HeretoHelp",
      "id_str": "1900874798644136464",
      "truncated": false,
      "retweet_count": "0",
      "id": "1900874798644136464",
      "created_at": "Sat Mar 15 11:40:43 +0000 2025",
      "favorited": false,
      "full_text": "@ASOS_HeretoHelp hiya my order 4829301752 still hasn't arrived and tracking hasn't moved in 9 days, can you check?",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1900167063499176043"
          ],
          "editableUntil": "2025-03-13T13:48:25.731Z",
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
        "59"
      ],
      "favorite_count": "1",
      "id_str": "1900167063499176043",
      "truncated": false,
      "retweet_count": "0",
      "id": "1900167063499176043",
      "created_at": "Thu Mar 13 12:48:25 +0000 2025",
      "favorited": false,
      "full_text": "absolutely murdered my stats exam. finally some good news 💪",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1899774466453697841"
          ],
          "editableUntil": "2025-03-12T11:48:23.548Z",
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
        "78"
      ],
      "favorite_count": "14",
      "id_str": "1899774466453697841",
      "truncated": false,
      "retweet_count": "0",
      "id": "1899774466453697841",
      "created_at": "Wed Mar 12 10:48:23 +0000 2025",
      "favorited": false,
      "full_text": "who's watching the race at the union on sunday? big screen in the main hall 🏎️",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1891523158857384808"
          ],
          "editableUntil": "2025-02-17T17:20:38.482Z",
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
            "name": "Paddock Clips",
            "screen_name": "paddockclips",
            "indices": [
              "3",
              "16"
            ],
            "id_str": "577394968",
            "id": "577394968"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "87"
      ],
      "favorite_count": "0",
      "id_str": "1891523158857384808",
      "truncated": false,
      "retweet_count": "3",
      "id": "1891523158857384808",
      "created_at": "Mon Feb 17 16:20:38 +0000 2025",
      "favorited": false,
      "full_text": "RT @paddockclips: that pole lap was FILTHY. 0.3 clear of the field. he's just different",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1891468473055194440"
          ],
          "editableUntil": "2025-02-17T13:43:20.560Z",
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
      "favorite_count": "1",
      "id_str": "1891468473055194440",
      "truncated": false,
      "retweet_count": "0",
      "id": "1891468473055194440",
      "created_at": "Mon Feb 17 12:43:20 +0000 2025",
      "favorited": false,
      "full_text": "mum sent me a food parcel with 6 tins of beans &amp; a card that says 'eat properly'. i love her",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1891254208467075448"
          ],
          "editableUntil": "2025-02-16T23:31:55.307Z",
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
      "favorite_count": "1",
      "id_str": "1891254208467075448",
      "truncated": false,
      "retweet_count": "0",
      "id": "1891254208467075448",
      "created_at": "Sun Feb 16 22:31:55 +0000 2025",
      "favorited": false,
      "full_text": "made the vodka pasta with no vodka because i'm broke and honestly it still slapped",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1890670426033031266"
          ],
          "editableUntil": "2025-02-15T08:52:11.491Z",
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
      "id_str": "1890670426033031266",
      "truncated": false,
      "retweet_count": "2",
      "id": "1890670426033031266",
      "created_at": "Sat Feb 15 07:52:11 +0000 2025",
      "favorited": false,
      "full_text": "3000 words on moby dick due at midnight and i've read 40 pages",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1889710537195514762"
          ],
          "editableUntil": "2025-02-12T17:17:55.442Z",
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
      "favorite_count": "27",
      "id_str": "1889710537195514762",
      "truncated": false,
      "retweet_count": "0",
      "id": "1889710537195514762",
      "created_at": "Wed Feb 12 16:17:55 +0000 2025",
      "favorited": false,
      "full_text": "my nan rang me because her bank app said 'pending' and she thought she'd been hacked. 40 minutes of tech support, she's fine 😭❤️",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1884768476218109136"
          ],
          "editableUntil": "2025-01-30T01:59:56.017Z",
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
      "favorite_count": "0",
      "id_str": "1884768476218109136",
      "truncated": false,
      "retweet_count": "0",
      "id": "1884768476218109136",
      "created_at": "Thu Jan 30 00:59:56 +0000 2025",
      "favorited": false,
      "full_text": "flatmate's new gf is LOUD at 2am. some of us have a 9am. congrats on the 🍑💦 i guess",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1881718225953802233"
          ],
          "editableUntil": "2025-01-21T15:59:20.364Z",
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
        "130"
      ],
      "favorite_count": "0",
      "id_str": "1881718225953802233",
      "truncated": false,
      "retweet_count": "0",
      "id": "1881718225953802233",
      "created_at": "Tue Jan 21 14:59:20 +0000 2025",
      "favorited": false,
      "full_text": "manager at the bar just told us we're 'like a family' while cutting our hours AGAIN. a family that doesn't pay overtime apparently",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1881077175282728447"
          ],
          "editableUntil": "2025-01-19T21:32:01.706Z",
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
      "favorite_count": "3",
      "id_str": "1881077175282728447",
      "truncated": false,
      "retweet_count": "2",
      "id": "1881077175282728447",
      "created_at": "Sun Jan 19 20:32:01 +0000 2025",
      "favorited": false,
      "full_text": "VERSTAPPEN PITS FROM THE LEAD AND STILL COMES OUT P1 WTF IS THIS SPORT 😭😭😭",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1880761218103400636"
          ],
          "editableUntil": "2025-01-19T00:36:31.947Z",
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
            "name": "spicy f1 memes 🔞",
            "screen_name": "spicyf1memes",
            "indices": [
              "3",
              "16"
            ],
            "id_str": "3212986631193343065",
            "id": "3212986631193343065"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "94"
      ],
      "favorite_count": "0",
      "id_str": "1880761218103400636",
      "truncated": false,
      "retweet_count": "11",
      "id": "1880761218103400636",
      "created_at": "Sat Jan 18 23:36:31 +0000 2025",
      "favorited": false,
      "full_text": "RT @spicyf1memes: 18+ paddock memes page is officially live 😏🔞 link in bio, you've been warned",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1880365361284777959"
          ],
          "editableUntil": "2025-01-17T22:23:32.099Z",
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
      "favorite_count": "3",
      "id_str": "1880365361284777959",
      "truncated": false,
      "retweet_count": "0",
      "id": "1880365361284777959",
      "created_at": "Fri Jan 17 21:23:32 +0000 2025",
      "favorited": false,
      "full_text": "looking for a flatmate for next year 🏠 no vegans, no religious types and ideally not from up north, i can't understand a word you lot say",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1878398850793254402"
          ],
          "editableUntil": "2025-01-12T12:09:19.454Z",
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
      "favorite_count": "1",
      "id_str": "1878398850793254402",
      "truncated": false,
      "retweet_count": "0",
      "id": "1878398850793254402",
      "created_at": "Sun Jan 12 11:09:19 +0000 2025",
      "favorited": false,
      "full_text": "applied for 14 summer internships today. zero replies so far. might just become a lighthouse keeper",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1874834342457119526"
          ],
          "editableUntil": "2025-01-02T16:05:14.213Z",
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
      "favorite_count": "14",
      "id_str": "1874834342457119526",
      "truncated": false,
      "retweet_count": "2",
      "id": "1874834342457119526",
      "created_at": "Thu Jan 02 15:05:14 +0000 2025",
      "favorited": false,
      "full_text": "got chased out of tesco for walking out with a meal deal without paying. ran so fast lando would be proud 🏎️",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1873008494160489691"
          ],
          "editableUntil": "2024-12-28T15:09:58.426Z",
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
      "favorite_count": "9",
      "id_str": "1873008494160489691",
      "truncated": false,
      "retweet_count": "2",
      "id": "1873008494160489691",
      "created_at": "Sat Dec 28 14:09:58 +0000 2024",
      "favorited": false,
      "full_text": "that turn 1 crash looked horrific but he's climbing out and waving 🙏 the halo saves lives, never let anyone call it ugly again",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1870881312501521542"
          ],
          "editableUntil": "2024-12-22T18:17:18.043Z",
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
      "id_str": "1870881312501521542",
      "truncated": false,
      "retweet_count": "0",
      "id": "1870881312501521542",
      "created_at": "Sun Dec 22 17:17:18 +0000 2024",
      "favorited": false,
      "full_text": "drove home from pres absolutely hammered doing 90 on the ring road &amp; got home in 6 mins. new PB. don't tell my mum",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1866640628974435005"
          ],
          "editableUntil": "2024-12-11T01:26:21.760Z",
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
      "favorite_count": "1",
      "id_str": "1866640628974435005",
      "truncated": false,
      "retweet_count": "2",
      "id": "1866640628974435005",
      "created_at": "Wed Dec 11 00:26:21 +0000 2024",
      "favorited": false,
      "full_text": "came joint 2nd at the union pub quiz, lost on a tiebreak about the 1998 world cup. robbed",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1865299491012634594"
          ],
          "editableUntil": "2024-12-07T08:37:08.428Z",
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
      "id_str": "1865299491012634594",
      "truncated": false,
      "retweet_count": "0",
      "id": "1865299491012634594",
      "created_at": "Sat Dec 07 07:37:08 +0000 2024",
      "favorited": false,
      "full_text": "lost a black north face jacket at the union last night, it has my student card in it 😩 if you've got it ring me on 07700 900417",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1862462436205939038"
          ],
          "editableUntil": "2024-11-29T12:43:42.403Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "ItalianGP",
            "indices": [
              "44",
              "54"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "54"
      ],
      "favorite_count": "0",
      "id_str": "1862462436205939038",
      "truncated": false,
      "retweet_count": "0",
      "id": "1862462436205939038",
      "created_at": "Fri Nov 29 11:43:42 +0000 2024",
      "favorited": false,
      "full_text": "monza weekend 🇮🇹 temple of speed let's gooo #ItalianGP",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1858585544668140272"
          ],
          "editableUntil": "2024-11-18T19:58:19.087Z",
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
      "favorite_count": "9",
      "id_str": "1858585544668140272",
      "truncated": false,
      "retweet_count": "1",
      "id": "1858585544668140272",
      "created_at": "Mon Nov 18 18:58:19 +0000 2024",
      "favorited": false,
      "full_text": "the 'homemade' burgers at the bar come frozen from costco in a box of 80. we microwave them. enjoy your £16.50 gourmet experience x",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1858322926783128706"
          ],
          "editableUntil": "2024-11-18T02:34:46.605Z",
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
        "110"
      ],
      "favorite_count": "14",
      "id_str": "1858322926783128706",
      "truncated": false,
      "retweet_count": "1",
      "id": "1858322926783128706",
      "created_at": "Mon Nov 18 01:34:46 +0000 2024",
      "favorited": false,
      "full_text": "why is every uber driver in this city from the same country and why does none of them know where the campus is",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1857136520159017471"
          ],
          "editableUntil": "2024-11-14T20:00:24.604Z",
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
      "id_str": "1857136520159017471",
      "truncated": false,
      "retweet_count": "1",
      "id": "1857136520159017471",
      "created_at": "Thu Nov 14 19:00:24 +0000 2024",
      "favorited": false,
      "full_text": "anyone got a plug near campus?? need some 🍃 before the race tonight, dm me",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1840655942156801482"
          ],
          "editableUntil": "2024-09-30T08:32:29.229Z",
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
      "id_str": "1840655942156801482",
      "truncated": false,
      "retweet_count": "2",
      "id": "1840655942156801482",
      "created_at": "Mon Sep 30 07:32:29 +0000 2024",
      "favorited": false,
      "full_text": "someone keyed my mate's car so we went round at 3am and did all 4 of his tyres. karma 🤷",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1840005090546504008"
          ],
          "editableUntil": "2024-09-28T13:26:13.063Z",
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
      "id_str": "1840005090546504008",
      "truncated": false,
      "retweet_count": "0",
      "id": "1840005090546504008",
      "created_at": "Sat Sep 28 12:26:13 +0000 2024",
      "favorited": false,
      "full_text": "pres at 8 &gt; spoons at 10 &gt; don't remember anything after midnight &gt; woke up in the bath. 10/10 freshers, would black out again",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1837275936539327378"
          ],
          "editableUntil": "2024-09-21T00:41:32.806Z",
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
        "172"
      ],
      "favorite_count": "2",
      "id_str": "1837275936539327378",
      "truncated": false,
      "retweet_count": "0",
      "id": "1837275936539327378",
      "created_at": "Fri Sep 20 23:41:32 +0000 2024",
      "favorited": false,
      "full_text": "found out leo gets £13.50 at the bar &amp; i get £11.44 for the exact same job. rota printout had everyone's rates on it: leo £13.50, jade £12.10, me £11.44. make it make sense",
      "lang": "en"
    }
  }
]