window.YTD.tweets.part0 = [
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1979229241983136918"
          ],
          "editableUntil": "2025-10-17T17:53:18.000Z",
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
        "159"
      ],
      "favorite_count": "1",
      "id_str": "1979229241983136918",
      "truncated": false,
      "retweet_count": "0",
      "id": "1979229241983136918",
      "created_at": "Fri Oct 17 16:53:18 +0000 2025",
      "favorited": false,
      "full_text": "if ur pc keeps blue screening its probably ur ram not ur gpu. the repair place on kirkstall road sorted mine in 10 mins, their number's on google 0113 496 0215",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1975960291351154129"
          ],
          "editableUntil": "2025-10-08T17:23:39.000Z",
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
      "favorite_count": "12",
      "id_str": "1975960291351154129",
      "truncated": false,
      "retweet_count": "2",
      "id": "1975960291351154129",
      "created_at": "Wed Oct 08 16:23:39 +0000 2025",
      "favorited": false,
      "full_text": "crack of dawn stream tomorrow, 6am, we're grinding the battle pass",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1970687596473114318"
          ],
          "editableUntil": "2025-09-24T04:11:51.000Z",
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
      "favorite_count": "0",
      "id_str": "1970687596473114318",
      "truncated": false,
      "retweet_count": "0",
      "id": "1970687596473114318",
      "created_at": "Wed Sep 24 03:11:51 +0000 2025",
      "favorited": false,
      "full_text": "whoever keeps sending them pics to my discord dms at 3am... not complaining tbh 😳 keep em coming",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1966668691473117187"
          ],
          "editableUntil": "2025-09-13T02:02:09.000Z",
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
        "56"
      ],
      "favorite_count": "1",
      "id_str": "1966668691473117187",
      "truncated": false,
      "retweet_count": "0",
      "id": "1966668691473117187",
      "created_at": "Sat Sep 13 01:02:09 +0000 2025",
      "favorited": false,
      "full_text": "headshot headshot headshot. 34 kills on ascent, new PB 🔥",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1965972417309688273"
          ],
          "editableUntil": "2025-09-11T03:55:24.000Z",
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
      "favorite_count": "0",
      "id_str": "1965972417309688273",
      "truncated": false,
      "retweet_count": "0",
      "id": "1965972417309688273",
      "created_at": "Thu Sep 11 02:55:24 +0000 2025",
      "favorited": false,
      "full_text": "shoutout to my dentist for the numbing injection, couldnt feel my face for 3 hours 😂",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1960460911415907003"
          ],
          "editableUntil": "2025-08-26T22:54:39.000Z",
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
        "40"
      ],
      "favorite_count": "3",
      "id_str": "1960460911415907003",
      "truncated": false,
      "retweet_count": "1",
      "id": "1960460911415907003",
      "created_at": "Tue Aug 26 21:54:39 +0000 2025",
      "favorited": false,
      "full_text": "mum made lasagne &lt;3 best day of the week",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1955827477335544323"
          ],
          "editableUntil": "2025-08-14T04:03:02.000Z",
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
        "79"
      ],
      "favorite_count": "0",
      "id_str": "1955827477335544323",
      "truncated": false,
      "retweet_count": "0",
      "id": "1955827477335544323",
      "created_at": "Thu Aug 14 03:03:02 +0000 2025",
      "favorited": false,
      "full_text": "results day!!! AAB 😭😭 thank you to every teacher who put up with me for 2 years",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1948911909027202584"
          ],
          "editableUntil": "2025-07-26T02:03:02.000Z",
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
      "favorite_count": "4",
      "id_str": "1948911909027202584",
      "truncated": false,
      "retweet_count": "0",
      "id": "1948911909027202584",
      "created_at": "Sat Jul 26 01:03:02 +0000 2025",
      "favorited": false,
      "full_text": "not being funny but female streamers only get subs for one reason and we all know it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1943017473207067540"
          ],
          "editableUntil": "2025-07-09T19:40:39.000Z",
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
            "name": "spicy emotes 🔞",
            "screen_name": "spicyemotes_",
            "indices": [
              "3",
              "16"
            ],
            "id_str": "680519452003087952",
            "id": "680519452003087952"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "104"
      ],
      "favorite_count": "0",
      "id_str": "1943017473207067540",
      "truncated": false,
      "retweet_count": "0",
      "id": "1943017473207067540",
      "created_at": "Wed Jul 09 18:40:39 +0000 2025",
      "favorited": false,
      "full_text": "RT @spicyemotes_: 18+ only 🔞 full uncensored cosplay set just dropped, link in bio 💋 subs get the extras",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1939082884117254043"
          ],
          "editableUntil": "2025-06-28T23:06:00.000Z",
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
        "97"
      ],
      "favorite_count": "31",
      "id_str": "1939082884117254043",
      "truncated": false,
      "retweet_count": "0",
      "id": "1939082884117254043",
      "created_at": "Sat Jun 28 22:06:00 +0000 2025",
      "favorited": false,
      "full_text": "MAGALUF BOUND 🏝️ LS1247 from leeds bradford, booking ref K7QPZM, seat 23F if anyone wants to swap",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1932167173422082393"
          ],
          "editableUntil": "2025-06-09T21:05:26.000Z",
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
      "favorite_count": "0",
      "id_str": "1932167173422082393",
      "truncated": false,
      "retweet_count": "0",
      "id": "1932167173422082393",
      "created_at": "Mon Jun 09 20:05:26 +0000 2025",
      "favorited": false,
      "full_text": "dick turpin was a highwayman from york and that is genuinely all i learnt in history today",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1925620905360070548"
          ],
          "editableUntil": "2025-05-22T19:32:54.000Z",
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
      "favorite_count": "7",
      "id_str": "1925620905360070548",
      "truncated": false,
      "retweet_count": "0",
      "id": "1925620905360070548",
      "created_at": "Thu May 22 18:32:54 +0000 2025",
      "favorited": false,
      "full_text": "new emote idea for when chat gets down bad: 🍑💦 mods pls dont ban me for this one",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1925227238138199759"
          ],
          "editableUntil": "2025-05-21T17:28:37.000Z",
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
        "150"
      ],
      "favorite_count": "3",
      "id_str": "1925227238138199759",
      "truncated": false,
      "retweet_count": "0",
      "id": "1925227238138199759",
      "created_at": "Wed May 21 16:28:37 +0000 2025",
      "favorited": false,
      "full_text": "manager asked if i knew anyone for weekend shifts. said my mate but not the one in the wheelchair, its a cinema theres stairs everywhere, be realistic",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1921031814210443885"
          ],
          "editableUntil": "2025-05-10T03:37:30.000Z",
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
      "favorite_count": "7",
      "id_str": "1921031814210443885",
      "truncated": false,
      "retweet_count": "1",
      "id": "1921031814210443885",
      "created_at": "Sat May 10 02:37:30 +0000 2025",
      "favorited": false,
      "full_text": "killed it in my english lit mock 😤 A* predicted",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1920986113149417692"
          ],
          "editableUntil": "2025-05-10T00:35:54.000Z",
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
      "favorite_count": "7",
      "id_str": "1920986113149417692",
      "truncated": false,
      "retweet_count": "2",
      "id": "1920986113149417692",
      "created_at": "Fri May 09 23:35:54 +0000 2025",
      "favorited": false,
      "full_text": "she said she likes guys who can last... bro i do 9 hour valorant sessions 😏🍆",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1919107957216808802"
          ],
          "editableUntil": "2025-05-04T20:12:46.000Z",
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
        "73"
      ],
      "favorite_count": "3",
      "id_str": "1919107957216808802",
      "truncated": false,
      "retweet_count": "2",
      "id": "1919107957216808802",
      "created_at": "Sun May 04 19:12:46 +0000 2025",
      "favorited": false,
      "full_text": "bought a karambit off some guy on insta, no id check or nothing 😂 cs2 irl",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1918110251113631699"
          ],
          "editableUntil": "2025-05-02T02:08:15.000Z",
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
      "favorite_count": "0",
      "id_str": "1918110251113631699",
      "truncated": false,
      "retweet_count": "0",
      "id": "1918110251113631699",
      "created_at": "Fri May 02 01:08:15 +0000 2025",
      "favorited": false,
      "full_text": "passport finally came for magaluf 🙌 photo is a war crime. 548213967 exp 2035 if anyone wants to steal my identity lol",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1903899523080481478"
          ],
          "editableUntil": "2025-03-23T20:59:53.000Z",
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
            "name": "jess",
            "screen_name": "jxss_m0rgan",
            "indices": [
              "0",
              "12"
            ],
            "id_str": "513523810324166566",
            "id": "513523810324166566"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "13",
        "121"
      ],
      "favorite_count": "31",
      "id_str": "1903899523080481478",
      "truncated": false,
      "retweet_count": "0",
      "id": "1903899523080481478",
      "created_at": "Sun Mar 23 19:59:53 +0000 2025",
      "favorited": false,
      "full_text": "@jxss_m0rgan shift lead for 2 years and still cant do a refund without ringing me 💀 carrying that whole cinema on my back",
      "lang": "en",
      "in_reply_to_status_id_str": "1903893482480992696",
      "in_reply_to_status_id": "1903893482480992696",
      "in_reply_to_user_id": "513523810324166566",
      "in_reply_to_user_id_str": "513523810324166566",
      "in_reply_to_screen_name": "jxss_m0rgan"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1900231532349234161"
          ],
          "editableUntil": "2025-03-13T18:04:36.000Z",
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
      "favorite_count": "7",
      "id_str": "1900231532349234161",
      "truncated": false,
      "retweet_count": "0",
      "id": "1900231532349234161",
      "created_at": "Thu Mar 13 17:04:36 +0000 2025",
      "favorited": false,
      "full_text": "this game is so sh1t why am i still playing it at 4am",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1899243541577289493"
          ],
          "editableUntil": "2025-03-11T00:38:41.000Z",
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
      "favorite_count": "12",
      "id_str": "1899243541577289493",
      "truncated": false,
      "retweet_count": "2",
      "id": "1899243541577289493",
      "created_at": "Mon Mar 10 23:38:41 +0000 2025",
      "favorited": false,
      "full_text": "the new valorant agent's ult literally kills everyone in a 30m radius, riot what are you doing",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1898394996083109371"
          ],
          "editableUntil": "2025-03-08T16:26:52.000Z",
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
        "79"
      ],
      "favorite_count": "1",
      "id_str": "1898394996083109371",
      "truncated": false,
      "retweet_count": "2",
      "id": "1898394996083109371",
      "created_at": "Sat Mar 08 15:26:52 +0000 2025",
      "favorited": false,
      "full_text": "hit affiliate today!!! 50 followers thank you all so much im actually gonna cry",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1896003545712492622"
          ],
          "editableUntil": "2025-03-02T02:04:05.000Z",
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
      "favorite_count": "1",
      "id_str": "1896003545712492622",
      "truncated": false,
      "retweet_count": "0",
      "id": "1896003545712492622",
      "created_at": "Sun Mar 02 01:04:05 +0000 2025",
      "favorited": false,
      "full_text": "school trip to the science museum and the guide said coca cola used to have cocaine in it. whole coach lost it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1891928666305139882"
          ],
          "editableUntil": "2025-02-18T20:11:59.000Z",
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
        "35"
      ],
      "favorite_count": "12",
      "id_str": "1891928666305139882",
      "truncated": false,
      "retweet_count": "2",
      "id": "1891928666305139882",
      "created_at": "Tue Feb 18 19:11:59 +0000 2025",
      "favorited": false,
      "full_text": "offer from leeds beckett 🥹 need BBC",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1881362666839548132"
          ],
          "editableUntil": "2025-01-20T16:26:28.000Z",
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
      "favorite_count": "2",
      "id_str": "1881362666839548132",
      "truncated": false,
      "retweet_count": "0",
      "id": "1881362666839548132",
      "created_at": "Mon Jan 20 15:26:28 +0000 2025",
      "favorited": false,
      "full_text": "driving test in february, wish me luck",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1877525606389373916"
          ],
          "editableUntil": "2025-01-10T02:19:21.000Z",
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
            "name": "gmail",
            "screen_name": "gmail",
            "indices": [
              "75",
              "81"
            ],
            "id_str": "0",
            "id": "0"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "114"
      ],
      "favorite_count": "7",
      "id_str": "1877525606389373916",
      "truncated": false,
      "retweet_count": "0",
      "id": "1877525606389373916",
      "created_at": "Fri Jan 10 01:19:21 +0000 2025",
      "favorited": false,
      "full_text": "for business enquiries dont bother with twitch dms, email connorwhitfield07@gmail.com or just text me 07700 900418",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1876347065083233928"
          ],
          "editableUntil": "2025-01-06T20:16:15.000Z",
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
      "favorite_count": "1",
      "id_str": "1876347065083233928",
      "truncated": false,
      "retweet_count": "2",
      "id": "1876347065083233928",
      "created_at": "Mon Jan 06 19:16:15 +0000 2025",
      "favorited": false,
      "full_text": "first proper snow of the year ❄️ garden looks unreal",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1865550151936355580"
          ],
          "editableUntil": "2024-12-08T01:13:11.000Z",
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
      "favorite_count": "7",
      "id_str": "1865550151936355580",
      "truncated": false,
      "retweet_count": "2",
      "id": "1865550151936355580",
      "created_at": "Sun Dec 08 00:13:11 +0000 2024",
      "favorited": false,
      "full_text": "watched a whole documentary on blue-footed boobies instead of revising. no regrets",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1862194924547764410"
          ],
          "editableUntil": "2024-11-28T19:00:42.000Z",
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
      "favorite_count": "0",
      "id_str": "1862194924547764410",
      "truncated": false,
      "retweet_count": "0",
      "id": "1862194924547764410",
      "created_at": "Thu Nov 28 18:00:42 +0000 2024",
      "favorited": false,
      "full_text": "my manager at work really said 'we're like a family here' then cut everyone's hours the same week. lovely family 🙂",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1860731109308725969"
          ],
          "editableUntil": "2024-11-24T18:04:01.000Z",
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
      "favorite_count": "1",
      "id_str": "1860731109308725969",
      "truncated": false,
      "retweet_count": "0",
      "id": "1860731109308725969",
      "created_at": "Sun Nov 24 17:04:01 +0000 2024",
      "favorited": false,
      "full_text": "someone at work got a final warning for eating the pick n mix and its the one you'd never guess 👀 (its the duty manager's son)",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1855061950466414556"
          ],
          "editableUntil": "2024-11-09T02:36:49.000Z",
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
      "favorite_count": "12",
      "id_str": "1855061950466414556",
      "truncated": false,
      "retweet_count": "2",
      "id": "1855061950466414556",
      "created_at": "Sat Nov 09 01:36:49 +0000 2024",
      "favorited": false,
      "full_text": "saw the december rota on the managers desk, theyre letting 5 of the weekend staff go before christmas and nobody's been told yet lol",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1853223537482496742"
          ],
          "editableUntil": "2024-11-04T00:51:37.000Z",
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
      "favorite_count": "1",
      "id_str": "1853223537482496742",
      "truncated": false,
      "retweet_count": "0",
      "id": "1853223537482496742",
      "created_at": "Sun Nov 03 23:51:37 +0000 2024",
      "favorited": false,
      "full_text": "cocktail sausages straight from the fridge at 2am is elite behaviour",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1845200596108678880"
          ],
          "editableUntil": "2024-10-12T21:31:18.000Z",
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
      "favorite_count": "7",
      "id_str": "1845200596108678880",
      "truncated": false,
      "retweet_count": "0",
      "id": "1845200596108678880",
      "created_at": "Sat Oct 12 20:31:18 +0000 2024",
      "favorited": false,
      "full_text": "ucas personal statement done. 4000 characters of me pretending i've always loved computer science",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1838296782651243968"
          ],
          "editableUntil": "2024-09-23T20:18:01.000Z",
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
      "favorite_count": "0",
      "id_str": "1838296782651243968",
      "truncated": false,
      "retweet_count": "0",
      "id": "1838296782651243968",
      "created_at": "Mon Sep 23 19:18:01 +0000 2024",
      "favorited": false,
      "full_text": "not meant to say but theres a staff only early screening of the new marvel film at ours on the 14th 🤫 months before it comes out",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1837637748256657719"
          ],
          "editableUntil": "2024-09-22T00:39:15.000Z",
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
            "name": "benny 🎮",
            "screen_name": "bxnny_ttv",
            "indices": [
              "0",
              "10"
            ],
            "id_str": "721686521557856839",
            "id": "721686521557856839"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "11",
        "76"
      ],
      "favorite_count": "0",
      "id_str": "1837637748256657719",
      "truncated": false,
      "retweet_count": "2",
      "id": "1837637748256657719",
      "created_at": "Sat Sep 21 23:39:15 +0000 2024",
      "favorited": false,
      "full_text": "@bxnny_ttv we're gonna destroy them in the tournament sat, they're dead meat",
      "lang": "en",
      "in_reply_to_status_id_str": "1837628437400443241",
      "in_reply_to_status_id": "1837628437400443241",
      "in_reply_to_user_id": "721686521557856839",
      "in_reply_to_user_id_str": "721686521557856839",
      "in_reply_to_screen_name": "bxnny_ttv"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1832120581993240395"
          ],
          "editableUntil": "2024-09-06T19:16:00.000Z",
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
            "name": "GAME",
            "screen_name": "GAMEdigital",
            "indices": [
              "0",
              "12"
            ],
            "id_str": "155940885884855949",
            "id": "155940885884855949"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "13",
        "88"
      ],
      "favorite_count": "2",
      "id_str": "1832120581993240395",
      "truncated": false,
      "retweet_count": "2",
      "id": "1832120581993240395",
      "created_at": "Fri Sep 06 18:16:00 +0000 2024",
      "favorited": false,
      "full_text": "@GAMEdigital order number 5529-1184-0072 still says processing after 9 days, any update?",
      "lang": "en",
      "in_reply_to_status_id_str": "1832110264817834789",
      "in_reply_to_status_id": "1832110264817834789",
      "in_reply_to_user_id": "155940885884855949",
      "in_reply_to_user_id_str": "155940885884855949",
      "in_reply_to_screen_name": "GAMEdigital"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1830344944510798424"
          ],
          "editableUntil": "2024-09-01T21:40:15.000Z",
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
      "favorite_count": "7",
      "id_str": "1830344944510798424",
      "truncated": false,
      "retweet_count": "0",
      "id": "1830344944510798424",
      "created_at": "Sun Sep 01 20:40:15 +0000 2024",
      "favorited": false,
      "full_text": "football at penistone tomorrow, anyone need a lift",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1828553344772751330"
          ],
          "editableUntil": "2024-08-27T23:01:04.000Z",
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
      "favorite_count": "0",
      "id_str": "1828553344772751330",
      "truncated": false,
      "retweet_count": "0",
      "id": "1828553344772751330",
      "created_at": "Tue Aug 27 22:01:04 +0000 2024",
      "favorited": false,
      "full_text": "does anyone actually understand further maths or are we all just pretending",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1826767126041580988"
          ],
          "editableUntil": "2024-08-23T00:43:17.000Z",
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
      "favorite_count": "0",
      "id_str": "1826767126041580988",
      "truncated": false,
      "retweet_count": "0",
      "id": "1826767126041580988",
      "created_at": "Thu Aug 22 23:43:17 +0000 2024",
      "favorited": false,
      "full_text": "fucking hell i've got a history essay due tomorrow and i havent even opened the book",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1825612363612362775"
          ],
          "editableUntil": "2024-08-19T20:14:40.000Z",
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
      "favorite_count": "0",
      "id_str": "1825612363612362775",
      "truncated": false,
      "retweet_count": "0",
      "id": "1825612363612362775",
      "created_at": "Mon Aug 19 19:14:40 +0000 2024",
      "favorited": false,
      "full_text": "if ur over 30 and still streaming to 4 viewers just log off gramps, nobody wants to watch their dad play fortnite",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1823202320875234657"
          ],
          "editableUntil": "2024-08-13T04:38:01.000Z",
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
        "86"
      ],
      "favorite_count": "0",
      "id_str": "1823202320875234657",
      "truncated": false,
      "retweet_count": "0",
      "id": "1823202320875234657",
      "created_at": "Tue Aug 13 03:38:01 +0000 2024",
      "favorited": false,
      "full_text": "muted anyone in vc with an indian accent tonight, not sitting through that for 3 hours",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1821720128423604234"
          ],
          "editableUntil": "2024-08-09T02:28:19.000Z",
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
      "id_str": "1821720128423604234",
      "truncated": false,
      "retweet_count": "2",
      "id": "1821720128423604234",
      "created_at": "Fri Aug 09 01:28:19 +0000 2024",
      "favorited": false,
      "full_text": "dont ask why im live at 2pm on a school day with red eyes 🍃😮‍💨 free period innit",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1820930176366472897"
          ],
          "editableUntil": "2024-08-06T22:09:19.000Z",
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
      "favorite_count": "31",
      "id_str": "1820930176366472897",
      "truncated": false,
      "retweet_count": "0",
      "id": "1820930176366472897",
      "created_at": "Tue Aug 06 21:09:19 +0000 2024",
      "favorited": false,
      "full_text": "pot noodle at 1am &gt; any restaurant",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1818762361780864907"
          ],
          "editableUntil": "2024-07-31T22:35:12.000Z",
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
      "favorite_count": "3",
      "id_str": "1818762361780864907",
      "truncated": false,
      "retweet_count": "0",
      "id": "1818762361780864907",
      "created_at": "Wed Jul 31 21:35:12 +0000 2024",
      "favorited": false,
      "full_text": "if that kid in year 12 says one more thing about my mum im breaking his jaw at the gates tomorrow, on god",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1818130245235068645"
          ],
          "editableUntil": "2024-07-30T04:43:24.000Z",
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
      "id_str": "1818130245235068645",
      "truncated": false,
      "retweet_count": "0",
      "id": "1818130245235068645",
      "created_at": "Tue Jul 30 03:43:24 +0000 2024",
      "favorited": false,
      "full_text": "flight to alicante is EZY2043 on the 3rd if anyone's on it too, family holiday 🙌",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1811893444275879100"
          ],
          "editableUntil": "2024-07-12T23:40:35.000Z",
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
      "favorite_count": "31",
      "id_str": "1811893444275879100",
      "truncated": false,
      "retweet_count": "0",
      "id": "1811893444275879100",
      "created_at": "Fri Jul 12 22:40:35 +0000 2024",
      "favorited": false,
      "full_text": "the shooting stars episode with the dove from above is still the funniest thing ever on tv",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1811490868867412594"
          ],
          "editableUntil": "2024-07-11T21:00:53.000Z",
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
      "favorite_count": "2",
      "id_str": "1811490868867412594",
      "truncated": false,
      "retweet_count": "0",
      "id": "1811490868867412594",
      "created_at": "Thu Jul 11 20:00:53 +0000 2024",
      "favorited": false,
      "full_text": "came into work still mashed from last night, sold someone a large popcorn for £2 and didnt even notice lol",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1805414321213790567"
          ],
          "editableUntil": "2024-06-25T02:34:51.000Z",
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
        "81"
      ],
      "favorite_count": "1",
      "id_str": "1805414321213790567",
      "truncated": false,
      "retweet_count": "0",
      "id": "1805414321213790567",
      "created_at": "Tue Jun 25 01:34:51 +0000 2024",
      "favorited": false,
      "full_text": "6 monsters and half a bottle of smirnoff later and i still cant hit a single shot",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1801671293133208043"
          ],
          "editableUntil": "2024-06-14T18:41:24.000Z",
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
        "93"
      ],
      "favorite_count": "4",
      "id_str": "1801671293133208043",
      "truncated": false,
      "retweet_count": "2",
      "id": "1801671293133208043",
      "created_at": "Fri Jun 14 17:41:24 +0000 2024",
      "favorited": false,
      "full_text": "mate drove us home at 110 on the m62 and lost the police at birch services 😭😭 absolute legend",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1796231652803849862"
          ],
          "editableUntil": "2024-05-30T18:26:13.000Z",
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
      "favorite_count": "12",
      "id_str": "1796231652803849862",
      "truncated": false,
      "retweet_count": "0",
      "id": "1796231652803849862",
      "created_at": "Thu May 30 17:26:13 +0000 2024",
      "favorited": false,
      "full_text": "8 jagerbombs, fought a bouncer, woke up with no phone and a black eye 🤣 fucking mint night",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1792965304341253661"
          ],
          "editableUntil": "2024-05-21T18:06:54.000Z",
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
      "favorite_count": "31",
      "id_str": "1792965304341253661",
      "truncated": false,
      "retweet_count": "1",
      "id": "1792965304341253661",
      "created_at": "Tue May 21 17:06:54 +0000 2024",
      "favorited": false,
      "full_text": "accidentally saw dans payslip in the staff room and hes on 50p more an hour than me for doing literally less",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1784654132793165454"
          ],
          "editableUntil": "2024-04-28T19:41:17.000Z",
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
      "id_str": "1784654132793165454",
      "truncated": false,
      "retweet_count": "0",
      "id": "1784654132793165454",
      "created_at": "Sun Apr 28 18:41:17 +0000 2024",
      "favorited": false,
      "full_text": "£6.40 an hour to clean sick out of screen 4 with a smile. absolute joke of a company",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1783983479149603580"
          ],
          "editableUntil": "2024-04-26T23:16:20.000Z",
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
      "id_str": "1783983479149603580",
      "truncated": false,
      "retweet_count": "2",
      "id": "1783983479149603580",
      "created_at": "Fri Apr 26 22:16:20 +0000 2024",
      "favorited": false,
      "full_text": "duty manager on tonight is the reason im applying everywhere else. walks round like he owns the place and cant even change a bulb",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1780253308561666858"
          ],
          "editableUntil": "2024-04-16T16:13:58.000Z",
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
            "name": "benny 🎮",
            "screen_name": "bxnny_ttv",
            "indices": [
              "3",
              "13"
            ],
            "id_str": "721686521557856839",
            "id": "721686521557856839"
          },
          {
            "name": "connor | live sometimes",
            "screen_name": "c0nnor_ttv",
            "indices": [
              "31",
              "42"
            ],
            "id_str": "794108128029637160",
            "id": "794108128029637160"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "73"
      ],
      "favorite_count": "0",
      "id_str": "1780253308561666858",
      "truncated": false,
      "retweet_count": "0",
      "id": "1780253308561666858",
      "created_at": "Tue Apr 16 15:13:58 +0000 2024",
      "favorited": false,
      "full_text": "RT @bxnny_ttv: going live with @c0nnor_ttv in 10 mins, duo ranked grind 🫡",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1778245209557748024"
          ],
          "editableUntil": "2024-04-11T03:14:30.000Z",
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
        "56"
      ],
      "favorite_count": "0",
      "id_str": "1778245209557748024",
      "truncated": false,
      "retweet_count": "1",
      "id": "1778245209557748024",
      "created_at": "Thu Apr 11 02:14:30 +0000 2024",
      "favorited": false,
      "full_text": "stream tonight at 8, minecraft hardcore day 1, come hang",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1775234626266433745"
          ],
          "editableUntil": "2024-04-02T19:51:31.000Z",
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
      "favorite_count": "2",
      "id_str": "1775234626266433745",
      "truncated": false,
      "retweet_count": "0",
      "id": "1775234626266433745",
      "created_at": "Tue Apr 02 18:51:31 +0000 2024",
      "favorited": false,
      "full_text": "got moved on at the bus station for 'loitering' so i keyed the security guards car on my way home. worth it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1772328787947133277"
          ],
          "editableUntil": "2024-03-25T19:24:45.000Z",
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
            "name": "benny 🎮",
            "screen_name": "bxnny_ttv",
            "indices": [
              "0",
              "10"
            ],
            "id_str": "721686521557856839",
            "id": "721686521557856839"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "11",
        "46"
      ],
      "favorite_count": "3",
      "id_str": "1772328787947133277",
      "truncated": false,
      "retweet_count": "0",
      "id": "1772328787947133277",
      "created_at": "Mon Mar 25 18:24:45 +0000 2024",
      "favorited": false,
      "full_text": "@bxnny_ttv stfu you went 2-19 last night lmfao",
      "lang": "en",
      "in_reply_to_status_id_str": "1772326015853599546",
      "in_reply_to_status_id": "1772326015853599546",
      "in_reply_to_user_id": "721686521557856839",
      "in_reply_to_user_id_str": "721686521557856839",
      "in_reply_to_screen_name": "bxnny_ttv"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1770255442926060473"
          ],
          "editableUntil": "2024-03-20T02:06:02.000Z",
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
      "favorite_count": "1",
      "id_str": "1770255442926060473",
      "truncated": false,
      "retweet_count": "2",
      "id": "1770255442926060473",
      "created_at": "Wed Mar 20 01:06:02 +0000 2024",
      "favorited": false,
      "full_text": "large coke &amp; a hotdog on my break is the only reason i survive saturdays",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1768372898505813774"
          ],
          "editableUntil": "2024-03-14T21:25:28.000Z",
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
      "id_str": "1768372898505813774",
      "truncated": false,
      "retweet_count": "0",
      "id": "1768372898505813774",
      "created_at": "Thu Mar 14 20:25:28 +0000 2024",
      "favorited": false,
      "full_text": "who in leeds can sort ❄️ for saturday, dm me not here",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1758549045791895082"
          ],
          "editableUntil": "2024-02-16T18:48:59.000Z",
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
        "143"
      ],
      "favorite_count": "1",
      "id_str": "1758549045791895082",
      "truncated": false,
      "retweet_count": "0",
      "id": "1758549045791895082",
      "created_at": "Fri Feb 16 17:48:59 +0000 2024",
      "favorited": false,
      "full_text": "picking my little brother up from st mary's primary at 3:15 every day this week bc mums on nights, if hes not at the gates someone's getting it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1752893028193514740"
          ],
          "editableUntil": "2024-02-01T04:13:59.000Z",
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
        "29"
      ],
      "favorite_count": "1",
      "id_str": "1752893028193514740",
      "truncated": false,
      "retweet_count": "0",
      "id": "1752893028193514740",
      "created_at": "Thu Feb 01 03:13:59 +0000 2024",
      "favorited": false,
      "full_text": "WHAT THE F*CK WAS THAT HITBOX",
      "lang": "en"
    }
  }
]