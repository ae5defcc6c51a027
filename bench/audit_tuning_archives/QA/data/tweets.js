window.YTD.tweets.part0 = [
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1979172096431642074"
          ],
          "editableUntil": "2025-10-17T14:06:13.300Z",
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
        "56"
      ],
      "favorite_count": "14",
      "id_str": "1979172096431642074",
      "truncated": false,
      "retweet_count": "0",
      "id": "1979172096431642074",
      "created_at": "Fri Oct 17 13:06:13 +0000 2025",
      "favorited": false,
      "full_text": "beer-battered haddock &amp; mushy peas after 5 a side, elite",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1976232726731470722"
          ],
          "editableUntil": "2025-10-09T11:26:13.704Z",
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
      "id_str": "1976232726731470722",
      "truncated": false,
      "retweet_count": "1",
      "id": "1976232726731470722",
      "created_at": "Thu Oct 09 10:26:13 +0000 2025",
      "favorited": false,
      "full_text": "not meant to say but the Kirkstall site is shutting in january &amp; members havent been told yet. enjoy ur 12 month contracts lads 😬",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1971266964662170235"
          ],
          "editableUntil": "2025-09-25T18:34:03.887Z",
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
            "name": "Jordan B",
            "screen_name": "jordyb_07",
            "indices": [
              "0",
              "10"
            ],
            "id_str": "212722042977514905",
            "id": "212722042977514905"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "11",
        "47"
      ],
      "favorite_count": "0",
      "id_str": "1971266964662170235",
      "truncated": false,
      "retweet_count": "0",
      "id": "1971266964662170235",
      "created_at": "Thu Sep 25 17:34:03 +0000 2025",
      "favorited": false,
      "full_text": "@jordyb_07 lmfao ur keeper is made of cardboard",
      "lang": "en",
      "in_reply_to_status_id_str": "1971256166983655347",
      "in_reply_to_status_id": "1971256166983655347",
      "in_reply_to_user_id": "212722042977514905",
      "in_reply_to_user_id_str": "212722042977514905",
      "in_reply_to_screen_name": "jordyb_07"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1967654902096923220"
          ],
          "editableUntil": "2025-09-15T19:21:00.286Z",
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
      "favorite_count": "6",
      "id_str": "1967654902096923220",
      "truncated": false,
      "retweet_count": "1",
      "id": "1967654902096923220",
      "created_at": "Mon Sep 15 18:21:00 +0000 2025",
      "favorited": false,
      "full_text": "FC 26 ratings drop tomorrow, whos ur pick for biggest upgrade",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1964630628962152163"
          ],
          "editableUntil": "2025-09-07T11:03:37.919Z",
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
            "name": "Leeds News Desk",
            "screen_name": "LeedsNewsDesk",
            "indices": [
              "3",
              "17"
            ],
            "id_str": "680185176586490520",
            "id": "680185176586490520"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "128"
      ],
      "favorite_count": "0",
      "id_str": "1964630628962152163",
      "truncated": false,
      "retweet_count": "0",
      "id": "1964630628962152163",
      "created_at": "Sun Sep 07 10:03:37 +0000 2025",
      "favorited": false,
      "full_text": "RT @LeedsNewsDesk: Police are appealing for witnesses after a car was set alight on a residential street in Harehills overnight.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1961007821488835988"
          ],
          "editableUntil": "2025-08-28T11:07:53.883Z",
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
      "id_str": "1961007821488835988",
      "truncated": false,
      "retweet_count": "1",
      "id": "1961007821488835988",
      "created_at": "Thu Aug 28 10:07:53 +0000 2025",
      "favorited": false,
      "full_text": "bought a flick knife off a lad on snap for £20, no questions asked",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1949130426803488942"
          ],
          "editableUntil": "2025-07-26T16:31:21.424Z",
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
        "33"
      ],
      "favorite_count": "0",
      "id_str": "1949130426803488942",
      "truncated": false,
      "retweet_count": "0",
      "id": "1949130426803488942",
      "created_at": "Sat Jul 26 15:31:21 +0000 2025",
      "favorited": false,
      "full_text": "nan's 80th today, love you nan &lt;3",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1948297105653359243"
          ],
          "editableUntil": "2025-07-24T09:20:02.391Z",
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
            "name": "EA SPORTS FC",
            "screen_name": "EASPORTSFC",
            "indices": [
              "0",
              "11"
            ],
            "id_str": "49181587",
            "id": "49181587"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "12",
        "75"
      ],
      "favorite_count": "4",
      "id_str": "1948297105653359243",
      "truncated": false,
      "retweet_count": "1",
      "id": "1948297105653359243",
      "created_at": "Thu Jul 24 08:20:02 +0000 2025",
      "favorited": false,
      "full_text": "@EASPORTSFC fix ur f**king servers man, 3 disconnects in one weekend league",
      "lang": "en",
      "in_reply_to_status_id_str": "1948275105767301975",
      "in_reply_to_status_id": "1948275105767301975",
      "in_reply_to_user_id": "49181587",
      "in_reply_to_user_id_str": "49181587",
      "in_reply_to_screen_name": "EASPORTSFC"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1941093870821601557"
          ],
          "editableUntil": "2025-07-04T12:16:57.223Z",
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
      "favorite_count": "4",
      "id_str": "1941093870821601557",
      "truncated": false,
      "retweet_count": "0",
      "id": "1941093870821601557",
      "created_at": "Fri Jul 04 11:16:57 +0000 2025",
      "favorited": false,
      "full_text": "nan's moving to Scunthorpe to be near my aunty, 2 hour drive to see her now 😔",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1940362473371009152"
          ],
          "editableUntil": "2025-07-02T11:50:38.717Z",
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
      "favorite_count": "2",
      "id_str": "1940362473371009152",
      "truncated": false,
      "retweet_count": "0",
      "id": "1940362473371009152",
      "created_at": "Wed Jul 02 10:50:38 +0000 2025",
      "favorited": false,
      "full_text": "boarding pass for magaluf is IN 🌴☀️ booking ref QX7TLM seat 23A, 5 days and counting",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1939589075130974012"
          ],
          "editableUntil": "2025-06-30T08:37:25.097Z",
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
      "favorite_count": "14",
      "id_str": "1939589075130974012",
      "truncated": false,
      "retweet_count": "1",
      "id": "1939589075130974012",
      "created_at": "Mon Jun 30 07:37:25 +0000 2025",
      "favorited": false,
      "full_text": "the owner's dog is called Brandy and she's the real boss of this place 🐶",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1939070875825037823"
          ],
          "editableUntil": "2025-06-28T22:18:17.926Z",
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
            "url": "https://t.co/Xk29sPq1Lm",
            "expanded_url": "https://www.activeiq.co.uk/qualifications/personal-training",
            "display_url": "activeiq.co.uk/qualifications/…",
            "indices": [
              "49",
              "72"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "72"
      ],
      "favorite_count": "3",
      "id_str": "1939070875825037823",
      "truncated": false,
      "retweet_count": "0",
      "id": "1939070875825037823",
      "created_at": "Sat Jun 28 21:18:17 +0000 2025",
      "favorited": false,
      "full_text": "applied for my level 3 PT course, wish me luck 🤞 https://t.co/Xk29sPq1Lm",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1937868148596494757"
          ],
          "editableUntil": "2025-06-25T14:39:05.321Z",
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
        "54"
      ],
      "favorite_count": "2",
      "id_str": "1937868148596494757",
      "truncated": false,
      "retweet_count": "1",
      "id": "1937868148596494757",
      "created_at": "Wed Jun 25 13:39:05 +0000 2025",
      "favorited": false,
      "full_text": "who's got a plug in headingley, asking for a mate ❄️❄️",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1928065926534898146"
          ],
          "editableUntil": "2025-05-29T13:28:33.727Z",
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
      "favorite_count": "0",
      "id_str": "1928065926534898146",
      "truncated": false,
      "retweet_count": "1",
      "id": "1928065926534898146",
      "created_at": "Thu May 29 12:28:33 +0000 2025",
      "favorited": false,
      "full_text": "the weatherman off Look North trains here every tuesday at 6am and just froze his membership for 3 months cos of his knee op. not saying who 👀",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1924022382031998504"
          ],
          "editableUntil": "2025-05-18T09:40:57.038Z",
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
        "65"
      ],
      "favorite_count": "9",
      "id_str": "1924022382031998504",
      "truncated": false,
      "retweet_count": "1",
      "id": "1924022382031998504",
      "created_at": "Sun May 18 08:40:57 +0000 2025",
      "favorited": false,
      "full_text": "Charlie's coming round later for FIFA, he's bringing the snacks 🍿",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1923484883393333851"
          ],
          "editableUntil": "2025-05-16T22:05:07.582Z",
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
      "favorite_count": "3",
      "id_str": "1923484883393333851",
      "truncated": false,
      "retweet_count": "1",
      "id": "1923484883393333851",
      "created_at": "Fri May 16 21:05:07 +0000 2025",
      "favorited": false,
      "full_text": "wtf is this weekend league matchmaking 😭",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1919707745608063174"
          ],
          "editableUntil": "2025-05-06T11:56:07.415Z",
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
      "id_str": "1919707745608063174",
      "truncated": false,
      "retweet_count": "0",
      "id": "1919707745608063174",
      "created_at": "Tue May 06 10:56:07 +0000 2025",
      "favorited": false,
      "full_text": "girls in the seamless leggings doing hip thrusts right in front of reception is a genuine test of my professionalism 🍑😮‍💨",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1914941924819590555"
          ],
          "editableUntil": "2025-04-23T08:18:27.982Z",
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
      "favorite_count": "0",
      "id_str": "1914941924819590555",
      "truncated": false,
      "retweet_count": "0",
      "id": "1914941924819590555",
      "created_at": "Wed Apr 23 07:18:27 +0000 2025",
      "favorited": false,
      "full_text": "saw the new PT's payslip on the printer by accident and he's on £3 an hour more than me for doing literally half the work 🙃",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1902109096178882835"
          ],
          "editableUntil": "2025-03-18T22:25:22.734Z",
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
      "favorite_count": "6",
      "id_str": "1902109096178882835",
      "truncated": false,
      "retweet_count": "0",
      "id": "1902109096178882835",
      "created_at": "Tue Mar 18 21:25:22 +0000 2025",
      "favorited": false,
      "full_text": "great tit and a blue tit scrapping over the feeder outside the staff room window, best thing ive seen all week",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1897742836970251541"
          ],
          "editableUntil": "2025-03-06T21:15:25.810Z",
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
      "favorite_count": "6",
      "id_str": "1897742836970251541",
      "truncated": false,
      "retweet_count": "0",
      "id": "1897742836970251541",
      "created_at": "Thu Mar 06 20:15:25 +0000 2025",
      "favorited": false,
      "full_text": "drove home from jordans after 6 cans, roads were dead anyway 🤷",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1895353587629189534"
          ],
          "editableUntil": "2025-02-28T07:01:23.076Z",
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
        "36"
      ],
      "favorite_count": "1",
      "id_str": "1895353587629189534",
      "truncated": false,
      "retweet_count": "0",
      "id": "1895353587629189534",
      "created_at": "Fri Feb 28 06:01:23 +0000 2025",
      "favorited": false,
      "full_text": "if ur reading this u owe me a nude 😇",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1894353511182297735"
          ],
          "editableUntil": "2025-02-25T12:47:27.464Z",
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
      "favorite_count": "1",
      "id_str": "1894353511182297735",
      "truncated": false,
      "retweet_count": "0",
      "id": "1894353511182297735",
      "created_at": "Tue Feb 25 11:47:27 +0000 2025",
      "favorited": false,
      "full_text": "scored a screamer from 30 yards and he rage quit, absolute murder 😂",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1891004968343323232"
          ],
          "editableUntil": "2025-02-16T07:01:32.239Z",
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
        "90"
      ],
      "favorite_count": "1",
      "id_str": "1891004968343323232",
      "truncated": false,
      "retweet_count": "1",
      "id": "1891004968343323232",
      "created_at": "Sun Feb 16 06:01:32 +0000 2025",
      "favorited": false,
      "full_text": "shoutout to Maureen the cleaner at work, absolute legend, brings flapjacks in every friday",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1886185814106954413"
          ],
          "editableUntil": "2025-02-02T23:51:56.211Z",
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
      "id_str": "1886185814106954413",
      "truncated": false,
      "retweet_count": "0",
      "id": "1886185814106954413",
      "created_at": "Sun Feb 02 22:51:56 +0000 2025",
      "favorited": false,
      "full_text": "all these \"exciting changes\" at this gym and the only thing that's actually changed is the mens shower has been broken since march",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1882863293582718491"
          ],
          "editableUntil": "2025-01-24T19:49:25.726Z",
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
        "93"
      ],
      "favorite_count": "4",
      "id_str": "1882863293582718491",
      "truncated": false,
      "retweet_count": "1",
      "id": "1882863293582718491",
      "created_at": "Fri Jan 24 18:49:25 +0000 2025",
      "favorited": false,
      "full_text": "if that lad from 5 a side slides in on me one more time im breaking his legs, not even joking",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1877455446131655147"
          ],
          "editableUntil": "2025-01-09T21:40:34.897Z",
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
        "56"
      ],
      "favorite_count": "0",
      "id_str": "1877455446131655147",
      "truncated": false,
      "retweet_count": "0",
      "id": "1877455446131655147",
      "created_at": "Thu Jan 09 20:40:34 +0000 2025",
      "favorited": false,
      "full_text": "❄️❄️ snow day, gym's dead, just me and the treadmill guy",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1876779306169767676"
          ],
          "editableUntil": "2025-01-08T00:53:50.563Z",
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
            "name": "TT UK 🔞",
            "screen_name": "thirstytrapsuk",
            "indices": [
              "3",
              "18"
            ],
            "id_str": "796404776618968465",
            "id": "796404776618968465"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "86"
      ],
      "favorite_count": "0",
      "id_str": "1876779306169767676",
      "truncated": false,
      "retweet_count": "0",
      "id": "1876779306169767676",
      "created_at": "Tue Jan 07 23:53:50 +0000 2025",
      "favorited": false,
      "full_text": "RT @thirstytrapsuk: rate my post leg day pics 🥵🍑 full set at the link in bio, 18+ only",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1868740187375802777"
          ],
          "editableUntil": "2024-12-16T20:29:14.638Z",
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
      "favorite_count": "4",
      "id_str": "1868740187375802777",
      "truncated": false,
      "retweet_count": "2",
      "id": "1868740187375802777",
      "created_at": "Mon Dec 16 19:29:14 +0000 2024",
      "favorited": false,
      "full_text": "2 years at the gym today and i still dont know how the coffee machine works",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1867600492210982110"
          ],
          "editableUntil": "2024-12-13T17:00:30.462Z",
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
      "favorite_count": "1",
      "id_str": "1867600492210982110",
      "truncated": false,
      "retweet_count": "0",
      "id": "1867600492210982110",
      "created_at": "Fri Dec 13 16:00:30 +0000 2024",
      "favorited": false,
      "full_text": "got absolutely battered in weekend league, 4-11, time to go touch grass",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1866107695444366375"
          ],
          "editableUntil": "2024-12-09T14:08:39.644Z",
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
      "favorite_count": "4",
      "id_str": "1866107695444366375",
      "truncated": false,
      "retweet_count": "0",
      "id": "1866107695444366375",
      "created_at": "Mon Dec 09 13:08:39 +0000 2024",
      "favorited": false,
      "full_text": "lad kept mouthing off at the desk so i told him id be waiting in the car park after close. funny how he never came back 😂",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1861429413938720302"
          ],
          "editableUntil": "2024-11-26T16:18:50.982Z",
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
      "id_str": "1861429413938720302",
      "truncated": false,
      "retweet_count": "0",
      "id": "1861429413938720302",
      "created_at": "Tue Nov 26 15:18:50 +0000 2024",
      "favorited": false,
      "full_text": "half the PTs here couldnt spot a bench press if it had a sign on it. £45 a session for someone to watch you plank while they're on tinder",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1859118099645041988"
          ],
          "editableUntil": "2024-11-20T07:14:30.791Z",
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
      "favorite_count": "0",
      "id_str": "1859118099645041988",
      "truncated": false,
      "retweet_count": "1",
      "id": "1859118099645041988",
      "created_at": "Wed Nov 20 06:14:30 +0000 2024",
      "favorited": false,
      "full_text": "anyone over 40 shouldnt be allowed on the squat rack at peak time. aqua aerobics is downstairs grandad",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1857106946544496689"
          ],
          "editableUntil": "2024-11-14T18:02:54.016Z",
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
      "favorite_count": "0",
      "id_str": "1857106946544496689",
      "truncated": false,
      "retweet_count": "1",
      "id": "1857106946544496689",
      "created_at": "Thu Nov 14 17:02:54 +0000 2024",
      "favorited": false,
      "full_text": "new number lads, old phone got robbed in town. 07700 900418 save it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1856266900964168200"
          ],
          "editableUntil": "2024-11-12T10:24:51.110Z",
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
      "favorite_count": "9",
      "id_str": "1856266900964168200",
      "truncated": false,
      "retweet_count": "0",
      "id": "1856266900964168200",
      "created_at": "Tue Nov 12 09:24:51 +0000 2024",
      "favorited": false,
      "full_text": "had a go at shot put at the athletics open day, 11.2m not bad for a gym rat",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1854163561965334206"
          ],
          "editableUntil": "2024-11-06T15:06:56.115Z",
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
        "51"
      ],
      "favorite_count": "14",
      "id_str": "1854163561965334206",
      "truncated": false,
      "retweet_count": "1",
      "id": "1854163561965334206",
      "created_at": "Wed Nov 06 14:06:56 +0000 2024",
      "favorited": false,
      "full_text": "pouring rain and i left my coat on the bus, classic",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1853740398189256801"
          ],
          "editableUntil": "2024-11-05T11:05:26.211Z",
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
        "48"
      ],
      "favorite_count": "14",
      "id_str": "1853740398189256801",
      "truncated": false,
      "retweet_count": "0",
      "id": "1853740398189256801",
      "created_at": "Tue Nov 05 10:05:26 +0000 2024",
      "favorited": false,
      "full_text": "PB on bench today, 100kg, absolutely killed it 💪",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1852787263372776643"
          ],
          "editableUntil": "2024-11-02T19:58:01.268Z",
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
      "id_str": "1852787263372776643",
      "truncated": false,
      "retweet_count": "0",
      "id": "1852787263372776643",
      "created_at": "Sat Nov 02 18:58:01 +0000 2024",
      "favorited": false,
      "full_text": "lost my provisional AGAIN. if anyone finds it its Kai Thornton, DOB 14/03/2004, licence no THORN403144KT9AB, pls dm me 😭",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1852030185895776424"
          ],
          "editableUntil": "2024-10-31T17:49:40.391Z",
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
        "22"
      ],
      "favorite_count": "1",
      "id_str": "1852030185895776424",
      "truncated": false,
      "retweet_count": "0",
      "id": "1852030185895776424",
      "created_at": "Thu Oct 31 16:49:40 +0000 2024",
      "favorited": false,
      "full_text": "new boots came today 👟",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1847064127909707555"
          ],
          "editableUntil": "2024-10-18T00:56:19.862Z",
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
      "favorite_count": "0",
      "id_str": "1847064127909707555",
      "truncated": false,
      "retweet_count": "0",
      "id": "1847064127909707555",
      "created_at": "Thu Oct 17 23:56:19 +0000 2024",
      "favorited": false,
      "full_text": "bloody hell its freezing on the desk, owner wont put the heating on till november cos hes as tight as a ducks a$$",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1837859558231091297"
          ],
          "editableUntil": "2024-09-22T15:20:39.117Z",
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
      "favorite_count": "3",
      "id_str": "1837859558231091297",
      "truncated": false,
      "retweet_count": "2",
      "id": "1837859558231091297",
      "created_at": "Sun Sep 22 14:20:39 +0000 2024",
      "favorited": false,
      "full_text": "how the f*** do you concede from a corner in the 93rd minute AGAIN. this game is sh!te",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1837621179047895602"
          ],
          "editableUntil": "2024-09-21T23:33:25.776Z",
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
      "favorite_count": "4",
      "id_str": "1837621179047895602",
      "truncated": false,
      "retweet_count": "0",
      "id": "1837621179047895602",
      "created_at": "Sat Sep 21 22:33:25 +0000 2024",
      "favorited": false,
      "full_text": "price rise goes live on the 1st, £34.99 for off-peak now. emails dont go out till friday so freeze ur membership before then 🤫",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1833841498259595045"
          ],
          "editableUntil": "2024-09-11T13:14:18.840Z",
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
        "85"
      ],
      "favorite_count": "1",
      "id_str": "1833841498259595045",
      "truncated": false,
      "retweet_count": "1",
      "id": "1833841498259595045",
      "created_at": "Wed Sep 11 12:14:18 +0000 2024",
      "favorited": false,
      "full_text": "doctor's put me on naproxen and codeine for my back, off the squat rack for 2 weeks 😔",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1830678171317208303"
          ],
          "editableUntil": "2024-09-02T19:44:23.372Z",
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
      "id_str": "1830678171317208303",
      "truncated": false,
      "retweet_count": "2",
      "id": "1830678171317208303",
      "created_at": "Mon Sep 02 18:44:23 +0000 2024",
      "favorited": false,
      "full_text": "on shift with the new lad again whose english is that bad i end up doing both our jobs. why do they keep hiring them",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1823718961376843201"
          ],
          "editableUntil": "2024-08-14T14:50:58.373Z",
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
      "favorite_count": "6",
      "id_str": "1823718961376843201",
      "truncated": false,
      "retweet_count": "0",
      "id": "1823718961376843201",
      "created_at": "Wed Aug 14 13:50:58 +0000 2024",
      "favorited": false,
      "full_text": "flight to alicante is LS1417 at 06:40 so whos staying up in the group chat till 4",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1818941891360393808"
          ],
          "editableUntil": "2024-08-01T10:28:35.350Z",
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
        "146"
      ],
      "favorite_count": "9",
      "id_str": "1818941891360393808",
      "truncated": false,
      "retweet_count": "1",
      "id": "1818941891360393808",
      "created_at": "Thu Aug 01 09:28:35 +0000 2024",
      "favorited": false,
      "full_text": "new opening hours from monday: 5:30am-10pm weekdays, 7-7 weekends. any questions ring reception on 0113 496 0275 or email hello@ironworksgym.co.uk",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1818752282445849133"
          ],
          "editableUntil": "2024-07-31T21:55:09.364Z",
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
      "favorite_count": "1",
      "id_str": "1818752282445849133",
      "truncated": false,
      "retweet_count": "0",
      "id": "1818752282445849133",
      "created_at": "Wed Jul 31 20:55:09 +0000 2024",
      "favorited": false,
      "full_text": "got chased by a police car down the ring road on my mates moped, lost them through the estate 😂😂",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1812596472366153315"
          ],
          "editableUntil": "2024-07-14T22:14:10.668Z",
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
            "name": "Liam 🎮",
            "screen_name": "liamfut",
            "indices": [
              "0",
              "8"
            ],
            "id_str": "377284415817756566",
            "id": "377284415817756566"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "9",
        "85"
      ],
      "favorite_count": "14",
      "id_str": "1812596472366153315",
      "truncated": false,
      "retweet_count": "2",
      "id": "1812596472366153315",
      "created_at": "Sun Jul 14 21:14:10 +0000 2024",
      "favorited": false,
      "full_text": "@liamfut just send it to mine mate, 14 Beckett Grove LS6 2QP, ill sort you out friday",
      "lang": "en",
      "in_reply_to_status_id_str": "1812577658441028722",
      "in_reply_to_status_id": "1812577658441028722",
      "in_reply_to_user_id": "377284415817756566",
      "in_reply_to_user_id_str": "377284415817756566",
      "in_reply_to_screen_name": "liamfut"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1809247781793090594"
          ],
          "editableUntil": "2024-07-05T16:27:40.010Z",
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
      "favorite_count": "3",
      "id_str": "1809247781793090594",
      "truncated": false,
      "retweet_count": "0",
      "id": "1809247781793090594",
      "created_at": "Fri Jul 05 15:27:40 +0000 2024",
      "favorited": false,
      "full_text": "called in sick after 9 pints and a kebab at the derby, manager thinks ive got norovirus 🤫",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1808597669868860434"
          ],
          "editableUntil": "2024-07-03T21:24:21.742Z",
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
      "id_str": "1808597669868860434",
      "truncated": false,
      "retweet_count": "2",
      "id": "1808597669868860434",
      "created_at": "Wed Jul 03 20:24:21 +0000 2024",
      "favorited": false,
      "full_text": "manager said we're getting a 'vibrant new uniform' instead of a pay rise. its a polo shirt with the logo on upside down 💀",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1808117345524174481"
          ],
          "editableUntil": "2024-07-02T13:35:43.575Z",
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
        "90"
      ],
      "favorite_count": "9",
      "id_str": "1808117345524174481",
      "truncated": false,
      "retweet_count": "1",
      "id": "1808117345524174481",
      "created_at": "Tue Jul 02 12:35:43 +0000 2024",
      "favorited": false,
      "full_text": "opening shift at 6am on 2 hours sleep and still smelling of jägerbombs. members can tell 💀",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1807676274839812189"
          ],
          "editableUntil": "2024-07-01T08:23:03.083Z",
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
        "57"
      ],
      "favorite_count": "0",
      "id_str": "1807676274839812189",
      "truncated": false,
      "retweet_count": "1",
      "id": "1807676274839812189",
      "created_at": "Mon Jul 01 07:23:03 +0000 2024",
      "favorited": false,
      "full_text": "wake n bake then 3 hours of FUT champs, perfect sunday 🍃🎮",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1802252722343356098"
          ],
          "editableUntil": "2024-06-16T09:11:47.109Z",
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
      "favorite_count": "6",
      "id_str": "1802252722343356098",
      "truncated": false,
      "retweet_count": "1",
      "id": "1802252722343356098",
      "created_at": "Sun Jun 16 08:11:47 +0000 2024",
      "favorited": false,
      "full_text": "every time that group from the mosque down the road comes in they take over the whole free weights area. not being funny just saying",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1794506436927416184"
          ],
          "editableUntil": "2024-05-26T00:10:49.406Z",
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
        "30"
      ],
      "favorite_count": "6",
      "id_str": "1794506436927416184",
      "truncated": false,
      "retweet_count": "0",
      "id": "1794506436927416184",
      "created_at": "Sat May 25 23:10:49 +0000 2024",
      "favorited": false,
      "full_text": "hash browns &gt; toast, dont @ me",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1793027469175531824"
          ],
          "editableUntil": "2024-05-21T22:13:56.603Z",
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
      "favorite_count": "2",
      "id_str": "1793027469175531824",
      "truncated": false,
      "retweet_count": "0",
      "id": "1793027469175531824",
      "created_at": "Tue May 21 21:13:56 +0000 2024",
      "favorited": false,
      "full_text": "manager asked what i thought of the girl who came in for the PT job and im like she's 28 and just got engaged, she'll be off on maternity within a year so",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1790050541019135410"
          ],
          "editableUntil": "2024-05-13T17:04:41.710Z",
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
      "id_str": "1790050541019135410",
      "truncated": false,
      "retweet_count": "2",
      "id": "1790050541019135410",
      "created_at": "Mon May 13 16:04:41 +0000 2024",
      "favorited": false,
      "full_text": "coke zero and a protein bar is a balanced diet, i will not be taking questions",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1787979826721586334"
          ],
          "editableUntil": "2024-05-07T23:56:24.238Z",
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
      "id_str": "1787979826721586334",
      "truncated": false,
      "retweet_count": "0",
      "id": "1787979826721586334",
      "created_at": "Tue May 07 22:56:24 +0000 2024",
      "favorited": false,
      "full_text": "order EA-229471 for FC points still hasnt come through, support said 24-48 hrs 🙄",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1785990485307950614"
          ],
          "editableUntil": "2024-05-02T12:11:28.182Z",
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
      "favorite_count": "2",
      "id_str": "1785990485307950614",
      "truncated": false,
      "retweet_count": "1",
      "id": "1785990485307950614",
      "created_at": "Thu May 02 11:11:28 +0000 2024",
      "favorited": false,
      "full_text": "she said netflix and chill then actually put netflix on. cold shower for me 🍆💦",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1770352449477479003"
          ],
          "editableUntil": "2024-03-20T08:31:30.183Z",
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
      "favorite_count": "1",
      "id_str": "1770352449477479003",
      "truncated": false,
      "retweet_count": "0",
      "id": "1770352449477479003",
      "created_at": "Wed Mar 20 07:31:30 +0000 2024",
      "favorited": false,
      "full_text": "leeds at home saturday, whos going",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1766749951337910606"
          ],
          "editableUntil": "2024-03-10T09:56:27.878Z",
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
            "name": "Liam 🎮",
            "screen_name": "liamfut",
            "indices": [
              "0",
              "8"
            ],
            "id_str": "377284415817756566",
            "id": "377284415817756566"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "9",
        "25"
      ],
      "favorite_count": "6",
      "id_str": "1766749951337910606",
      "truncated": false,
      "retweet_count": "0",
      "id": "1766749951337910606",
      "created_at": "Sun Mar 10 08:56:27 +0000 2024",
      "favorited": false,
      "full_text": "@liamfut yeah im in, 8pm?",
      "lang": "en",
      "in_reply_to_status_id_str": "1766730850277069086",
      "in_reply_to_status_id": "1766730850277069086",
      "in_reply_to_user_id": "377284415817756566",
      "in_reply_to_user_id_str": "377284415817756566",
      "in_reply_to_screen_name": "liamfut"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1766498891885798218"
          ],
          "editableUntil": "2024-03-09T17:18:50.025Z",
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
        "45"
      ],
      "favorite_count": "1",
      "id_str": "1766498891885798218",
      "truncated": false,
      "retweet_count": "1",
      "id": "1766498891885798218",
      "created_at": "Sat Mar 09 16:18:50 +0000 2024",
      "favorited": false,
      "full_text": "div 3 → div 2 in rivals, the grind paid off 🙌",
      "lang": "en"
    }
  }
]