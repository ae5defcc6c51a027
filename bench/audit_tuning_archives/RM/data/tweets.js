window.YTD.tweets.part0 = [
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1980931717860301733"
          ],
          "editableUntil": "2025-10-22T10:38:20.000Z",
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
      "favorite_count": "3",
      "id_str": "1980931717860301733",
      "truncated": false,
      "retweet_count": "1",
      "id": "1980931717860301733",
      "created_at": "Wed Oct 22 09:38:20 +0000 2025",
      "favorited": false,
      "full_text": "controller showed me the new driver rates before they go out. commission going to 28% in march. u didnt hear it from me",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1977466494457229274"
          ],
          "editableUntil": "2025-10-12T21:08:46.000Z",
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
      "favorite_count": "3",
      "id_str": "1977466494457229274",
      "truncated": false,
      "retweet_count": "0",
      "id": "1977466494457229274",
      "created_at": "Sun Oct 12 20:08:46 +0000 2025",
      "favorited": false,
      "full_text": "4 hours kip, can still taste the jäger and ive got a 6am airport run. what could possibly go wrong 🥴🚕",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1974833386783760302"
          ],
          "editableUntil": "2025-10-05T14:45:44.000Z",
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
      "favorite_count": "2",
      "id_str": "1974833386783760302",
      "truncated": false,
      "retweet_count": "1",
      "id": "1974833386783760302",
      "created_at": "Sun Oct 05 13:45:44 +0000 2025",
      "favorited": false,
      "full_text": "few cans at the match then drove the lads home. 4 pints over 5 hours is nothing, i was fine 🍺🚗",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1971095441569388875"
          ],
          "editableUntil": "2025-09-25T07:12:29.000Z",
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
        "67"
      ],
      "favorite_count": "14",
      "id_str": "1971095441569388875",
      "truncated": false,
      "retweet_count": "0",
      "id": "1971095441569388875",
      "created_at": "Thu Sep 25 06:12:29 +0000 2025",
      "favorited": false,
      "full_text": "WHAT THE F*CK WAS THAT DEFENDING 🤬🤬 absolute sh*tshow from minute 1",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1970439337720823666"
          ],
          "editableUntil": "2025-09-23T11:45:21.000Z",
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
      "favorite_count": "3",
      "id_str": "1970439337720823666",
      "truncated": false,
      "retweet_count": "0",
      "id": "1970439337720823666",
      "created_at": "Tue Sep 23 10:45:21 +0000 2025",
      "favorited": false,
      "full_text": "woman in the back tonight, 3 kids under 5 and pregnant again at 22. and who pays for that? us lot. some people need a hobby 🙄",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1963138411217666065"
          ],
          "editableUntil": "2025-09-03T08:14:05.000Z",
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
      "favorite_count": "5",
      "id_str": "1963138411217666065",
      "truncated": false,
      "retweet_count": "1",
      "id": "1963138411217666065",
      "created_at": "Wed Sep 03 07:14:05 +0000 2025",
      "favorited": false,
      "full_text": "happy birthday to my old man, 60 today &amp; still thinks he can play 5 a side 😂",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1955122328601028198"
          ],
          "editableUntil": "2025-08-12T05:21:02.000Z",
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
        "34"
      ],
      "favorite_count": "0",
      "id_str": "1955122328601028198",
      "truncated": false,
      "retweet_count": "1",
      "id": "1955122328601028198",
      "created_at": "Tue Aug 12 04:21:02 +0000 2025",
      "favorited": false,
      "full_text": "12 hour shift done. home, tea, bed",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1944294563137936141"
          ],
          "editableUntil": "2025-07-13T08:15:21.000Z",
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
      "favorite_count": "0",
      "id_str": "1944294563137936141",
      "truncated": false,
      "retweet_count": "1",
      "id": "1944294563137936141",
      "created_at": "Sun Jul 13 07:15:21 +0000 2025",
      "favorited": false,
      "full_text": "renewing the badge, council want everything again 🙄 badge 4471, DL MORGA808150D99KJ, dbs no 001784532219. if anyone at the council can speed it up lol",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1943958032364612779"
          ],
          "editableUntil": "2025-07-12T09:58:06.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "LUFC",
            "indices": [
              "24",
              "29"
            ]
          },
          {
            "text": "MOT",
            "indices": [
              "30",
              "34"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "34"
      ],
      "favorite_count": "27",
      "id_str": "1943958032364612779",
      "truncated": false,
      "retweet_count": "0",
      "id": "1943958032364612779",
      "created_at": "Sat Jul 12 08:58:06 +0000 2025",
      "favorited": false,
      "full_text": "marching on together 💛💙 #LUFC #MOT",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1941335761425505757"
          ],
          "editableUntil": "2025-07-05T04:18:08.000Z",
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
        "112"
      ],
      "favorite_count": "0",
      "id_str": "1941335761425505757",
      "truncated": false,
      "retweet_count": "2",
      "id": "1941335761425505757",
      "created_at": "Sat Jul 05 03:18:08 +0000 2025",
      "favorited": false,
      "full_text": "pulled over by the police tonight... to be told my brake light was out. fair play, sorted at halfords in 20 mins",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1940148549718416550"
          ],
          "editableUntil": "2025-07-01T21:40:35.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "leedsrob",
            "screen_name": "leedsrob",
            "indices": [
              "0",
              "9"
            ],
            "id_str": "865927133",
            "id": "865927133"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "10",
        "57"
      ],
      "favorite_count": "1",
      "in_reply_to_status_id_str": "1935346949394019806",
      "id_str": "1940148549718416550",
      "in_reply_to_user_id": "865927133",
      "truncated": false,
      "retweet_count": "1",
      "id": "1940148549718416550",
      "in_reply_to_status_id": "1935346949394019806",
      "created_at": "Tue Jul 01 20:40:35 +0000 2025",
      "favorited": false,
      "full_text": "@leedsrob its the 4:20 kick off not 3 mate, moved for sky",
      "lang": "en",
      "in_reply_to_screen_name": "leedsrob",
      "in_reply_to_user_id_str": "865927133"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1938001476608010090"
          ],
          "editableUntil": "2025-06-25T23:28:53.000Z",
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
            "name": "nightshiftlads",
            "screen_name": "nightshiftlads",
            "indices": [
              "3",
              "18"
            ],
            "id_str": "934524081",
            "id": "934524081"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "103"
      ],
      "favorite_count": "0",
      "id_str": "1938001476608010090",
      "truncated": false,
      "retweet_count": "3",
      "id": "1938001476608010090",
      "created_at": "Wed Jun 25 22:28:53 +0000 2025",
      "favorited": false,
      "full_text": "RT @nightshiftlads: 🔞 18+ ONLY 🔞 the filthiest things ive seen in the back of a cab at 3am, a thread 🧵👇",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1922976553246105511"
          ],
          "editableUntil": "2025-05-15T12:25:12.000Z",
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
      "id_str": "1922976553246105511",
      "truncated": false,
      "retweet_count": "0",
      "id": "1922976553246105511",
      "created_at": "Thu May 15 11:25:12 +0000 2025",
      "favorited": false,
      "full_text": "lad in the back offered me a bump ❄️ instead of a tip. long shift. didnt say no 🤐",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1920772503350373166"
          ],
          "editableUntil": "2025-05-09T10:27:05.000Z",
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
      "favorite_count": "27",
      "id_str": "1920772503350373166",
      "truncated": false,
      "retweet_count": "4",
      "id": "1920772503350373166",
      "created_at": "Fri May 09 09:27:05 +0000 2025",
      "favorited": false,
      "full_text": "ref is the biggest bellend in the championship and its not even close",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1919216423524061956"
          ],
          "editableUntil": "2025-05-05T03:23:47.000Z",
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
        "176"
      ],
      "favorite_count": "8",
      "id_str": "1919216423524061956",
      "truncated": false,
      "retweet_count": "0",
      "id": "1919216423524061956",
      "created_at": "Mon May 05 02:23:47 +0000 2025",
      "favorited": false,
      "full_text": "missus is on lates now so tuesdays i grab the kids from coldcotes primary at 3:15 and theyre home alone from 4 till 6 while i do the school runs. theyre 9 and 11 theyll be fine",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1914955119162732498"
          ],
          "editableUntil": "2025-04-23T09:10:53.000Z",
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
      "favorite_count": "5",
      "id_str": "1914955119162732498",
      "truncated": false,
      "retweet_count": "1",
      "id": "1914955119162732498",
      "created_at": "Wed Apr 23 08:10:53 +0000 2025",
      "favorited": false,
      "full_text": "Operator takes 25% and hands us the £4 airport repositioning runs. Most generous company in Yorkshire 👏👏👏",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1907754191497636928"
          ],
          "editableUntil": "2025-04-03T12:16:58.000Z",
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
      "id_str": "1907754191497636928",
      "truncated": false,
      "retweet_count": "0",
      "id": "1907754191497636928",
      "created_at": "Thu Apr 03 11:16:58 +0000 2025",
      "favorited": false,
      "full_text": "not taking fares to the mosque on a friday dinner anymore. gridlock, shoes everywhere and not one of them tips",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1907645272815640515"
          ],
          "editableUntil": "2025-04-03T05:04:10.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "AmberCarsDave",
            "screen_name": "AmberCarsDave",
            "indices": [
              "0",
              "14"
            ],
            "id_str": "7331895305",
            "id": "7331895305"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "15",
        "99"
      ],
      "favorite_count": "5",
      "in_reply_to_status_id_str": "1898061044041086816",
      "id_str": "1907645272815640515",
      "in_reply_to_user_id": "7331895305",
      "truncated": false,
      "retweet_count": "0",
      "id": "1907645272815640515",
      "in_reply_to_status_id": "1898061044041086816",
      "created_at": "Thu Apr 03 04:04:10 +0000 2025",
      "favorited": false,
      "full_text": "@AmberCarsDave is that the same fuel surcharge you promised us 'by spring'? which spring pal, 2031?",
      "lang": "en",
      "in_reply_to_screen_name": "AmberCarsDave",
      "in_reply_to_user_id_str": "7331895305"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1902907310448780494"
          ],
          "editableUntil": "2025-03-21T03:17:11.000Z",
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
      "favorite_count": "3",
      "id_str": "1902907310448780494",
      "truncated": false,
      "retweet_count": "0",
      "id": "1902907310448780494",
      "created_at": "Fri Mar 21 02:17:11 +0000 2025",
      "favorited": false,
      "full_text": "took the missus to see her sister in bromsgrove and we drove past the sign for Bell End. 31 years old and i still laughed",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1899925919771672805"
          ],
          "editableUntil": "2025-03-12T21:50:12.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "jonnoLUFC",
            "screen_name": "jonnoLUFC",
            "indices": [
              "0",
              "10"
            ],
            "id_str": "650510547",
            "id": "650510547"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "11",
        "34"
      ],
      "favorite_count": "2",
      "in_reply_to_status_id_str": "1891266258932760084",
      "id_str": "1899925919771672805",
      "in_reply_to_user_id": "650510547",
      "truncated": false,
      "retweet_count": "2",
      "id": "1899925919771672805",
      "in_reply_to_status_id": "1891266258932760084",
      "created_at": "Wed Mar 12 20:50:12 +0000 2025",
      "favorited": false,
      "full_text": "@jonnoLUFC stfu you said 3-0 lmfao",
      "lang": "en",
      "in_reply_to_screen_name": "jonnoLUFC",
      "in_reply_to_user_id_str": "650510547"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1897693589756523519"
          ],
          "editableUntil": "2025-03-06T17:59:43.000Z",
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
            "url": "https://t.co/4vHq2LmP0x",
            "expanded_url": "https://www.leeds.gov.uk/parking-roads-and-travel/roadworks",
            "display_url": "leeds.gov.uk/parking-roads-a…",
            "indices": [
              "90",
              "113"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "113"
      ],
      "favorite_count": "2",
      "id_str": "1897693589756523519",
      "truncated": false,
      "retweet_count": "0",
      "id": "1897693589756523519",
      "possibly_sensitive": false,
      "created_at": "Thu Mar 06 16:59:43 +0000 2025",
      "favorited": false,
      "full_text": "M621 closed J2 to J3 tonight for resurfacing, go via armley if ur heading for the station https://t.co/4vHq2LmP0x",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1891279055721383689"
          ],
          "editableUntil": "2025-02-17T01:10:39.000Z",
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
        "126"
      ],
      "favorite_count": "1",
      "id_str": "1891279055721383689",
      "truncated": false,
      "retweet_count": "0",
      "id": "1891279055721383689",
      "created_at": "Mon Feb 17 00:10:39 +0000 2025",
      "favorited": false,
      "full_text": "a VERY well known weather presenter just threw up in my cab on call lane. not saying who but she does the 6:30 on look north 😬",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1890428431057903409"
          ],
          "editableUntil": "2025-02-14T16:50:35.000Z",
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
      "favorite_count": "27",
      "id_str": "1890428431057903409",
      "truncated": false,
      "retweet_count": "1",
      "id": "1890428431057903409",
      "created_at": "Fri Feb 14 15:50:35 +0000 2025",
      "favorited": false,
      "full_text": "passengers who say 'its just round the corner' and its 9 miles and they want it for a fiver. you lot are the reason i need therapy",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1888129153437083717"
          ],
          "editableUntil": "2025-02-08T08:34:04.000Z",
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
        "102"
      ],
      "favorite_count": "8",
      "id_str": "1888129153437083717",
      "truncated": false,
      "retweet_count": "0",
      "id": "1888129153437083717",
      "created_at": "Sat Feb 08 07:34:04 +0000 2025",
      "favorited": false,
      "full_text": "if the name on the booking looks like i cant pronounce it i just let it time out. my car my rules 🤷‍♂️",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1882499181819711459"
          ],
          "editableUntil": "2025-01-23T19:42:34.000Z",
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
        "79"
      ],
      "favorite_count": "2",
      "id_str": "1882499181819711459",
      "truncated": false,
      "retweet_count": "0",
      "id": "1882499181819711459",
      "created_at": "Thu Jan 23 18:42:34 +0000 2025",
      "favorited": false,
      "full_text": "❄️❄️ snow forecast over the tops tonight, M62 will be carnage. stay in if u can",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1879357465778085998"
          ],
          "editableUntil": "2025-01-15T03:38:31.000Z",
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
        "89"
      ],
      "favorite_count": "0",
      "id_str": "1879357465778085998",
      "truncated": false,
      "retweet_count": "1",
      "id": "1879357465778085998",
      "created_at": "Wed Jan 15 02:38:31 +0000 2025",
      "favorited": false,
      "full_text": "keeper absolutely killed it today. 3 worldies in the first half, man of the match all day",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1875929282038021992"
          ],
          "editableUntil": "2025-01-05T16:36:08.000Z",
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
        "79"
      ],
      "favorite_count": "14",
      "id_str": "1875929282038021992",
      "truncated": false,
      "retweet_count": "0",
      "id": "1875929282038021992",
      "created_at": "Sun Jan 05 15:36:08 +0000 2025",
      "favorited": false,
      "full_text": "little one scored her first goal for the under 7s today. proud dad moment ⚽️ &lt;3",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1870621772748140677"
          ],
          "editableUntil": "2024-12-22T01:05:59.000Z",
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
        "173"
      ],
      "favorite_count": "0",
      "id_str": "1870621772748140677",
      "truncated": false,
      "retweet_count": "0",
      "id": "1870621772748140677",
      "created_at": "Sun Dec 22 00:05:59 +0000 2024",
      "favorited": false,
      "full_text": "lovely old lady, regular of mine, left her purse in my cab. if anyone knows her family her number is 0113 496 0412, lives on gledhow grove, always books the 8:40 to the spar",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1869860853070467406"
          ],
          "editableUntil": "2024-12-19T22:42:22.000Z",
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
      "favorite_count": "27",
      "id_str": "1869860853070467406",
      "truncated": false,
      "retweet_count": "1",
      "id": "1869860853070467406",
      "created_at": "Thu Dec 19 21:42:22 +0000 2024",
      "favorited": false,
      "full_text": "couple in the back tonight absolutely going for it 🍆💦 charged em the valet fee",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1865390941535001443"
          ],
          "editableUntil": "2024-12-07T14:40:32.000Z",
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
        "52"
      ],
      "favorite_count": "1",
      "id_str": "1865390941535001443",
      "truncated": false,
      "retweet_count": "4",
      "id": "1865390941535001443",
      "created_at": "Sat Dec 07 13:40:32 +0000 2024",
      "favorited": false,
      "full_text": "new tyres on the octavia, feels like a different car",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1861767601696092707"
          ],
          "editableUntil": "2024-11-27T14:42:40.000Z",
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
      "id_str": "1861767601696092707",
      "truncated": false,
      "retweet_count": "1",
      "id": "1861767601696092707",
      "created_at": "Wed Nov 27 13:42:40 +0000 2024",
      "favorited": false,
      "full_text": "flight EZY2048 from alicante landed 50 mins late, sat in short stay the whole time. £6 parking for the privilege",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1858618957535625111"
          ],
          "editableUntil": "2024-11-18T22:11:05.000Z",
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
            "name": "LS_RoadWatch",
            "screen_name": "LS_RoadWatch",
            "indices": [
              "3",
              "16"
            ],
            "id_str": "572650613727788025",
            "id": "572650613727788025"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "133"
      ],
      "favorite_count": "0",
      "id_str": "1858618957535625111",
      "truncated": false,
      "retweet_count": "40",
      "id": "1858618957535625111",
      "created_at": "Mon Nov 18 21:11:05 +0000 2024",
      "favorited": false,
      "full_text": "RT @LS_RoadWatch: Wellington St now reopened in both directions following the earlier breakdown. Residual delays towards City Square.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1851859407003251674"
          ],
          "editableUntil": "2024-10-31T06:31:03.000Z",
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
      "favorite_count": "1",
      "id_str": "1851859407003251674",
      "truncated": false,
      "retweet_count": "0",
      "id": "1851859407003251674",
      "created_at": "Thu Oct 31 05:31:03 +0000 2024",
      "favorited": false,
      "full_text": "penalty shootout at 5 a side. i blasted mine over the bar into the car park 🤦‍♂️",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1847330842958539337"
          ],
          "editableUntil": "2024-10-18T18:36:09.000Z",
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
      "favorite_count": "0",
      "id_str": "1847330842958539337",
      "truncated": false,
      "retweet_count": "1",
      "id": "1847330842958539337",
      "created_at": "Fri Oct 18 17:36:09 +0000 2024",
      "favorited": false,
      "full_text": "anyone lost a phone in my cab tonight? lock screen says Sophie, bank card in the case says S WHITLOCK. picked her up from 14 Cardigan Rd so ill drop it back there tomorrow if thats u",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1839449891666074627"
          ],
          "editableUntil": "2024-09-27T00:40:04.000Z",
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
      "favorite_count": "8",
      "id_str": "1839449891666074627",
      "truncated": false,
      "retweet_count": "1",
      "id": "1839449891666074627",
      "created_at": "Thu Sep 26 23:40:04 +0000 2024",
      "favorited": false,
      "full_text": "predictions for saturday? im going 2-1 to us, Piroe &gt; anyone in their squad",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1838528595465946621"
          ],
          "editableUntil": "2024-09-24T11:39:10.000Z",
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
      "favorite_count": "5",
      "id_str": "1838528595465946621",
      "truncated": false,
      "retweet_count": "4",
      "id": "1838528595465946621",
      "created_at": "Tue Sep 24 10:39:10 +0000 2024",
      "favorited": false,
      "full_text": "hen do tip: they always offer to flash you for a discount. i always accept 😇🔥",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1834065560305495409"
          ],
          "editableUntil": "2024-09-12T04:04:39.000Z",
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
      "favorite_count": "5",
      "id_str": "1834065560305495409",
      "truncated": false,
      "retweet_count": "0",
      "id": "1834065560305495409",
      "created_at": "Thu Sep 12 03:04:39 +0000 2024",
      "favorited": false,
      "full_text": "todays fares: Wetwang, Crackpot and Cockermouth. long day. yorkshire &amp; cumbria place names are something else",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1833707087691242285"
          ],
          "editableUntil": "2024-09-11T04:20:12.000Z",
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
      "favorite_count": "1",
      "id_str": "1833707087691242285",
      "truncated": false,
      "retweet_count": "0",
      "id": "1833707087691242285",
      "created_at": "Wed Sep 11 03:20:12 +0000 2024",
      "favorited": false,
      "full_text": "ffs roadworks on the A64 AGAIN. 3rd week. wtf are they even digging for, oil?",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1832136008658467480"
          ],
          "editableUntil": "2024-09-06T20:17:18.000Z",
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
      "favorite_count": "3",
      "id_str": "1832136008658467480",
      "truncated": false,
      "retweet_count": "2",
      "id": "1832136008658467480",
      "created_at": "Fri Sep 06 19:17:18 +0000 2024",
      "favorited": false,
      "full_text": "keeper punched it clear in the 94th and the whole kop went mental. what a save. what a night 💛💙",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1830422445398304513"
          ],
          "editableUntil": "2024-09-02T02:48:13.000Z",
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
      "id_str": "1830422445398304513",
      "truncated": false,
      "retweet_count": "1",
      "id": "1830422445398304513",
      "created_at": "Mon Sep 02 01:48:13 +0000 2024",
      "favorited": false,
      "full_text": "fare to Scunthorpe tonight, hour and a half each way. lovely bit of money that",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1829111828425676452"
          ],
          "editableUntil": "2024-08-29T12:00:17.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [
          {
            "text": "LUFC",
            "indices": [
              "74",
              "79"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "79"
      ],
      "favorite_count": "2",
      "id_str": "1829111828425676452",
      "truncated": false,
      "retweet_count": "0",
      "id": "1829111828425676452",
      "created_at": "Thu Aug 29 11:00:17 +0000 2024",
      "favorited": false,
      "full_text": "Arsenal away saturday. if we lose to that lot im selling my season ticket #LUFC",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1826888763217522547"
          ],
          "editableUntil": "2024-08-23T08:46:37.000Z",
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
        "79"
      ],
      "favorite_count": "2",
      "id_str": "1826888763217522547",
      "truncated": false,
      "retweet_count": "0",
      "id": "1826888763217522547",
      "created_at": "Fri Aug 23 07:46:37 +0000 2024",
      "favorited": false,
      "full_text": "any ladies need a ride home tonight 😏 DMs open, happy to take payment in kind 🍑",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1826519020310970826"
          ],
          "editableUntil": "2024-08-22T08:17:24.000Z",
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
      "favorite_count": "5",
      "id_str": "1826519020310970826",
      "truncated": false,
      "retweet_count": "0",
      "id": "1826519020310970826",
      "created_at": "Thu Aug 22 07:17:24 +0000 2024",
      "favorited": false,
      "full_text": "anyone lost a black north face jacket? left in my cab friday night. its at the office lost property, ring them on 0113 496 0188 (office not me)",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1823782444733891246"
          ],
          "editableUntil": "2024-08-14T19:03:13.000Z",
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
      "favorite_count": "2",
      "id_str": "1823782444733891246",
      "truncated": false,
      "retweet_count": "1",
      "id": "1823782444733891246",
      "created_at": "Wed Aug 14 18:03:13 +0000 2024",
      "favorited": false,
      "full_text": "shots on target: 1. shots off target: 14. we are not a serious football club",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1820283203759767133"
          ],
          "editableUntil": "2024-08-05T03:18:29.000Z",
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
        "133"
      ],
      "favorite_count": "1",
      "id_str": "1820283203759767133",
      "truncated": false,
      "retweet_count": "0",
      "id": "1820283203759767133",
      "created_at": "Mon Aug 05 02:18:29 +0000 2024",
      "favorited": false,
      "full_text": "bmw cut me up on the armley gyratory so i followed him to the lights and had a word through his window. he wont be doing that again 👊",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1813438631944468388"
          ],
          "editableUntil": "2024-07-17T06:00:36.000Z",
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
      "favorite_count": "0",
      "id_str": "1813438631944468388",
      "truncated": false,
      "retweet_count": "0",
      "id": "1813438631944468388",
      "created_at": "Wed Jul 17 05:00:36 +0000 2024",
      "favorited": false,
      "full_text": "picked up a certain premier league lads agent from the malmaison at 2am, heard the whole phone call. medical at thorp arch monday 👀👀 you heard it here first",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1810467305794490163"
          ],
          "editableUntil": "2024-07-09T01:13:37.000Z",
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
      "favorite_count": "0",
      "id_str": "1810467305794490163",
      "truncated": false,
      "retweet_count": "0",
      "id": "1810467305794490163",
      "created_at": "Tue Jul 09 00:13:37 +0000 2024",
      "favorited": false,
      "full_text": "gave a nurse a free ride home after her night shift at jimmys. says shes been doing drug rounds since 8pm. absolute heroes 💙",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1808113451869241175"
          ],
          "editableUntil": "2024-07-02T13:20:14.000Z",
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
      "favorite_count": "3",
      "id_str": "1808113451869241175",
      "truncated": false,
      "retweet_count": "0",
      "id": "1808113451869241175",
      "created_at": "Tue Jul 02 12:20:14 +0000 2024",
      "favorited": false,
      "full_text": "need a 🍃 after the day ive had. anyone got a number round LS6",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1804580137766296647"
          ],
          "editableUntil": "2024-06-22T19:20:06.000Z",
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
      "favorite_count": "0",
      "id_str": "1804580137766296647",
      "truncated": false,
      "retweet_count": "2",
      "id": "1804580137766296647",
      "created_at": "Sat Jun 22 18:20:06 +0000 2024",
      "favorited": false,
      "full_text": "Dick Advocaat announcing another retirement would be the least surprising thing in football",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1793372449267954212"
          ],
          "editableUntil": "2024-05-22T21:04:45.000Z",
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
      "favorite_count": "8",
      "id_str": "1793372449267954212",
      "truncated": false,
      "retweet_count": "4",
      "id": "1793372449267954212",
      "created_at": "Wed May 22 20:04:45 +0000 2024",
      "favorited": false,
      "full_text": "anyone recommend a decent dashcam for under 100 quid? front and rear",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1788207064311164384"
          ],
          "editableUntil": "2024-05-08T14:59:22.000Z",
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
      "favorite_count": "5",
      "id_str": "1788207064311164384",
      "truncated": false,
      "retweet_count": "2",
      "id": "1788207064311164384",
      "created_at": "Wed May 08 13:59:22 +0000 2024",
      "favorited": false,
      "full_text": "3 fares in a row from Harehills tonight, all wanting to pay cash and haggle. not going up there after 10 anymore, app can ping all it wants",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1787809464075553171"
          ],
          "editableUntil": "2024-05-07T12:39:26.000Z",
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
      "favorite_count": "14",
      "id_str": "1787809464075553171",
      "truncated": false,
      "retweet_count": "2",
      "id": "1787809464075553171",
      "created_at": "Tue May 07 11:39:26 +0000 2024",
      "favorited": false,
      "full_text": "new controller at base couldnt find Leeds with a satnav taped to his face. 3 weeks in and hes sent me to the wrong Headingley twice",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1780149141076880556"
          ],
          "editableUntil": "2024-04-16T09:20:03.000Z",
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
      "favorite_count": "27",
      "id_str": "1780149141076880556",
      "truncated": false,
      "retweet_count": "4",
      "id": "1780149141076880556",
      "created_at": "Tue Apr 16 08:20:03 +0000 2024",
      "favorited": false,
      "full_text": "booking ref for the jet2 holiday just came through 🌞 2 weeks in tenerife in june, kids are buzzing",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1777977218854088259"
          ],
          "editableUntil": "2024-04-10T09:29:36.000Z",
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
      "favorite_count": "5",
      "id_str": "1777977218854088259",
      "truncated": false,
      "retweet_count": "1",
      "id": "1777977218854088259",
      "created_at": "Wed Apr 10 08:29:36 +0000 2024",
      "favorited": false,
      "full_text": "keep a bat under the seat since the thing in june. not for rounders 🤷‍♂️",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1772564181223560829"
          ],
          "editableUntil": "2024-03-26T11:00:08.000Z",
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
      "favorite_count": "8",
      "id_str": "1772564181223560829",
      "truncated": false,
      "retweet_count": "0",
      "id": "1772564181223560829",
      "created_at": "Tue Mar 26 10:00:08 +0000 2024",
      "favorited": false,
      "full_text": "lad did a runner on a £38 fare last night. funny thing is i dropped him at his own door didnt i. see u soon pal 🙂",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1764432011142832884"
          ],
          "editableUntil": "2024-03-04T00:25:47.000Z",
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
      "favorite_count": "0",
      "id_str": "1764432011142832884",
      "truncated": false,
      "retweet_count": "1",
      "id": "1764432011142832884",
      "created_at": "Sun Mar 03 23:25:47 +0000 2024",
      "favorited": false,
      "full_text": "that ref wants to hope he never gets in my cab. i know a lot of quiet roads and nobody would find him 🙂",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1764041370452024781"
          ],
          "editableUntil": "2024-03-02T22:33:31.000Z",
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
        "62"
      ],
      "favorite_count": "1",
      "id_str": "1764041370452024781",
      "truncated": false,
      "retweet_count": "1",
      "id": "1764041370452024781",
      "created_at": "Sat Mar 02 21:33:31 +0000 2024",
      "favorited": false,
      "full_text": "steak &amp; ale pie and mushy peas before kick off. cant beat it 🥧",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1759565008712530199"
          ],
          "editableUntil": "2024-02-19T14:06:03.000Z",
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
      "favorite_count": "2",
      "id_str": "1759565008712530199",
      "truncated": false,
      "retweet_count": "0",
      "id": "1759565008712530199",
      "created_at": "Mon Feb 19 13:06:03 +0000 2024",
      "favorited": false,
      "full_text": "speed camera on roundhay rd is live now. 30 means 30 lads 📸",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1749990326541688516"
          ],
          "editableUntil": "2024-01-24T03:59:41.000Z",
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
      "favorite_count": "2",
      "id_str": "1749990326541688516",
      "truncated": false,
      "retweet_count": "2",
      "id": "1749990326541688516",
      "created_at": "Wed Jan 24 02:59:41 +0000 2024",
      "favorited": false,
      "full_text": "base told us tonight the firm's being sold to one of the app lot in january, nobody's meant to know till the 1st. 14 years ive driven for them. cheers for the loyalty lads",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1744332053813898006"
          ],
          "editableUntil": "2024-01-08T13:15:44.000Z",
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
      "id_str": "1744332053813898006",
      "truncated": false,
      "retweet_count": "2",
      "id": "1744332053813898006",
      "created_at": "Mon Jan 08 12:15:44 +0000 2024",
      "favorited": false,
      "full_text": "got flashed doing 58 in a 30 on kirkstall rd at 4am. missus is gonna say she was driving 😂 no chance im taking the points",
      "lang": "en"
    }
  }
]