window.YTD.tweets.part0 = [
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1981922183258368043"
          ],
          "editableUntil": "2025-10-25T04:14:05.000Z",
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
      "favorite_count": "1",
      "id_str": "1981922183258368043",
      "truncated": false,
      "retweet_count": "0",
      "id": "1981922183258368043",
      "created_at": "Sat Oct 25 03:14:05 +0000 2025",
      "favorited": false,
      "full_text": "shout out to whoever renamed master -&gt; main and blacklist -&gt; blocklist across our repos. took 30 seconds, nobody died",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1977987872499012581"
          ],
          "editableUntil": "2025-10-14T07:40:32.000Z",
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
      "favorite_count": "1",
      "id_str": "1977987872499012581",
      "truncated": false,
      "retweet_count": "0",
      "id": "1977987872499012581",
      "created_at": "Tue Oct 14 06:40:32 +0000 2025",
      "favorited": false,
      "full_text": "Coke Zero number 4 of the night shift. the vending machine knows me by name",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1977784166122435032"
          ],
          "editableUntil": "2025-10-13T18:11:05.000Z",
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
      "id_str": "1977784166122435032",
      "truncated": false,
      "retweet_count": "0",
      "id": "1977784166122435032",
      "created_at": "Mon Oct 13 17:11:05 +0000 2025",
      "favorited": false,
      "full_text": "Today I learned the first transatlantic telegraph cable in 1858 lasted about 3 weeks. we're doing fine",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1968661210242304225"
          ],
          "editableUntil": "2025-09-18T13:59:43.000Z",
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
            "url": "https://t.co/bH3kT9wQ2e",
            "expanded_url": "https://investors.example.co.uk/results",
            "display_url": "investors.example.co.uk/results",
            "indices": [
              "128",
              "151"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "151"
      ],
      "favorite_count": "1",
      "id_str": "1968661210242304225",
      "truncated": false,
      "retweet_count": "0",
      "id": "1968661210242304225",
      "created_at": "Thu Sep 18 12:59:43 +0000 2025",
      "favorited": false,
      "full_text": "our CEO put the half-year results on the investor site this morning, revenue up 8%. nice to see a line go up that isn't latency https://t.co/bH3kT9wQ2e",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1967507716203123123"
          ],
          "editableUntil": "2025-09-15T09:36:08.000Z",
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
      "favorite_count": "31",
      "id_str": "1967507716203123123",
      "truncated": false,
      "retweet_count": "0",
      "id": "1967507716203123123",
      "created_at": "Mon Sep 15 08:36:08 +0000 2025",
      "favorited": false,
      "full_text": "week off. not taking the laptop. not checking slack. (I will check slack)",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1966225246324441483"
          ],
          "editableUntil": "2025-09-11T20:40:04.000Z",
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
            "name": "UKNOF",
            "screen_name": "UKNOF",
            "indices": [
              "3",
              "9"
            ],
            "id_str": "360720791183806259",
            "id": "360720791183806259"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "120"
      ],
      "favorite_count": "0",
      "id_str": "1966225246324441483",
      "truncated": false,
      "retweet_count": "0",
      "id": "1966225246324441483",
      "created_at": "Thu Sep 11 19:40:04 +0000 2025",
      "favorited": false,
      "full_text": "RT @UKNOF: The call for presentations is now open. Talks on routing, peering, automation and ops war stories all welcome",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1959440786447771058"
          ],
          "editableUntil": "2025-08-24T03:21:02.000Z",
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
      "favorite_count": "3",
      "id_str": "1959440786447771058",
      "truncated": false,
      "retweet_count": "0",
      "id": "1959440786447771058",
      "created_at": "Sun Aug 24 02:21:02 +0000 2025",
      "favorited": false,
      "full_text": "if the PM pages me one more time for a 'quick question' at midnight I swear I'll find out where he lives. not joking anymore",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1959117926302437128"
          ],
          "editableUntil": "2025-08-23T05:58:06.000Z",
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
      "favorite_count": "1",
      "id_str": "1959117926302437128",
      "truncated": false,
      "retweet_count": "0",
      "id": "1959117926302437128",
      "created_at": "Sat Aug 23 04:58:06 +0000 2025",
      "favorited": false,
      "full_text": "hot take: IPv6 adoption would be twice as fast if the addresses were easier to read out over the phone",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1954532510685092371"
          ],
          "editableUntil": "2025-08-10T14:17:18.000Z",
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
      "favorite_count": "7",
      "id_str": "1954532510685092371",
      "truncated": false,
      "retweet_count": "0",
      "id": "1954532510685092371",
      "created_at": "Sun Aug 10 13:17:18 +0000 2025",
      "favorited": false,
      "full_text": "INC0048213 finally closed after 19 days. framing the ticket number",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1950184561592114158"
          ],
          "editableUntil": "2025-07-29T14:20:06.000Z",
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
            "name": "Jade 🔞",
            "screen_name": "cablegirl_xo",
            "indices": [
              "3",
              "16"
            ],
            "id_str": "927258712791047698",
            "id": "927258712791047698"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "112"
      ],
      "favorite_count": "0",
      "id_str": "1950184561592114158",
      "truncated": false,
      "retweet_count": "0",
      "id": "1950184561592114158",
      "created_at": "Tue Jul 29 13:20:06 +0000 2025",
      "favorited": false,
      "full_text": "RT @cablegirl_xo: new set up 🔥 cables aren't the only thing getting plugged in tonight. 18+ only, link in bio 🍑💦",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1947349658964493324"
          ],
          "editableUntil": "2025-07-21T18:35:13.000Z",
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
            "name": "Power Cut Help",
            "screen_name": "PowercutHelp",
            "indices": [
              "0",
              "13"
            ],
            "id_str": "670627047388304189",
            "id": "670627047388304189"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "14",
        "143"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "1947294797138168650",
      "id_str": "1947349658964493324",
      "in_reply_to_user_id": "670627047388304189",
      "truncated": false,
      "retweet_count": "0",
      "id": "1947349658964493324",
      "in_reply_to_status_id": "1947294797138168650",
      "created_at": "Mon Jul 21 17:35:13 +0000 2025",
      "favorited": false,
      "full_text": "@PowercutHelp our address is 27 Aldergate Close, Leeds LS15 8QX. power's been off 3 hours and I've got an entire on-call shift to run from here",
      "lang": "en",
      "in_reply_to_screen_name": "PowercutHelp",
      "in_reply_to_user_id_str": "670627047388304189"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1941351343035698219"
          ],
          "editableUntil": "2025-07-05T05:20:03.000Z",
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
      "id_str": "1941351343035698219",
      "truncated": false,
      "retweet_count": "0",
      "id": "1941351343035698219",
      "created_at": "Sat Jul 05 04:20:03 +0000 2025",
      "favorited": false,
      "full_text": "need something stronger than coffee for this 2am change window. anyone know a guy ❄️",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1930898386600282197"
          ],
          "editableUntil": "2025-06-06T09:03:44.000Z",
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
        "106"
      ],
      "favorite_count": "12",
      "id_str": "1930898386600282197",
      "truncated": false,
      "retweet_count": "0",
      "id": "1930898386600282197",
      "created_at": "Fri Jun 06 08:03:44 +0000 2025",
      "favorited": false,
      "full_text": "on call rota's changed, my new mobile is 07700 900418. text don't ring unless something's actually on fire",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1930114370649233691"
          ],
          "editableUntil": "2025-06-04T05:08:20.000Z",
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
        "126"
      ],
      "favorite_count": "7",
      "id_str": "1930114370649233691",
      "truncated": false,
      "retweet_count": "0",
      "id": "1930114370649233691",
      "created_at": "Wed Jun 04 04:08:20 +0000 2025",
      "favorited": false,
      "full_text": "just found out the DC security guard was in the GB clay pigeon shooting squad. he's got medals. being extra polite from now on",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1930076975611509980"
          ],
          "editableUntil": "2025-06-04T02:39:44.000Z",
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
      "favorite_count": "0",
      "id_str": "1930076975611509980",
      "truncated": false,
      "retweet_count": "0",
      "id": "1930076975611509980",
      "created_at": "Wed Jun 04 01:39:44 +0000 2025",
      "favorited": false,
      "full_text": "Wetwang to Crackpot in one weekend on the bike (yes, both are real Yorkshire villages). legs are dead",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1925529889835816381"
          ],
          "editableUntil": "2025-05-22T13:31:15.000Z",
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
      "favorite_count": "1",
      "id_str": "1925529889835816381",
      "truncated": false,
      "retweet_count": "0",
      "id": "1925529889835816381",
      "created_at": "Thu May 22 12:31:15 +0000 2025",
      "favorited": false,
      "full_text": "Wireshark, a honeypot and a man-in-the-middle lab on my home network. best saturday I've had in ages, don't @ me",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1922708504151309256"
          ],
          "editableUntil": "2025-05-14T18:40:04.000Z",
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
      "favorite_count": "12",
      "id_str": "1922708504151309256",
      "truncated": false,
      "retweet_count": "0",
      "id": "1922708504151309256",
      "created_at": "Wed May 14 17:40:04 +0000 2025",
      "favorited": false,
      "full_text": "told HR the candidate in the hijab wasn't a culture fit for the datacentre floor. 'health and safety' innit",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1917785398869567369"
          ],
          "editableUntil": "2025-05-01T04:37:24.000Z",
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
            "name": "Ruth",
            "screen_name": "ruthless_ops",
            "indices": [
              "0",
              "13"
            ],
            "id_str": "617216608655083377",
            "id": "617216608655083377"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "14",
        "80"
      ],
      "favorite_count": "4",
      "in_reply_to_status_id_str": "1917724748674983537",
      "id_str": "1917785398869567369",
      "in_reply_to_user_id": "617216608655083377",
      "truncated": false,
      "retweet_count": "0",
      "id": "1917785398869567369",
      "in_reply_to_status_id": "1917724748674983537",
      "created_at": "Thu May 01 03:37:24 +0000 2025",
      "favorited": false,
      "full_text": "@ruthless_ops lmfao the change was approved by 4 people and none of them read it",
      "lang": "en",
      "in_reply_to_screen_name": "ruthless_ops",
      "in_reply_to_user_id_str": "617216608655083377"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1911586024726098202"
          ],
          "editableUntil": "2025-04-14T02:03:18.000Z",
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
      "favorite_count": "7",
      "id_str": "1911586024726098202",
      "truncated": false,
      "retweet_count": "0",
      "id": "1911586024726098202",
      "created_at": "Mon Apr 14 01:03:18 +0000 2025",
      "favorited": false,
      "full_text": "our firewalls are officially HA now. high availability, not what the group chat thinks",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1909462313994538314"
          ],
          "editableUntil": "2025-04-08T05:24:26.000Z",
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
        "199"
      ],
      "favorite_count": "3",
      "id_str": "1909462313994538314",
      "truncated": false,
      "retweet_count": "0",
      "id": "1909462313994538314",
      "created_at": "Tue Apr 08 04:24:26 +0000 2025",
      "favorited": false,
      "full_text": "guy in a beemer sat on my bumper in the 70 so I brake-checked him, then the blue lights came on and I lost them at the Crossgates roundabout 😂 130 on the A64 at 4am. on-call response time KPI smashed",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1907787935656661537"
          ],
          "editableUntil": "2025-04-03T14:31:03.000Z",
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
      "favorite_count": "0",
      "id_str": "1907787935656661537",
      "truncated": false,
      "retweet_count": "0",
      "id": "1907787935656661537",
      "created_at": "Thu Apr 03 13:31:03 +0000 2025",
      "favorited": false,
      "full_text": "Dear vendor TAC, 'have you tried upgrading' is not an answer, you absolute sh*tgibbons",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1901860515254565329"
          ],
          "editableUntil": "2025-03-18T05:57:36.000Z",
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
      "id_str": "1901860515254565329",
      "truncated": false,
      "retweet_count": "0",
      "id": "1901860515254565329",
      "created_at": "Tue Mar 18 04:57:36 +0000 2025",
      "favorited": false,
      "full_text": "sending the new girl in the NOC pics of my rack 😏 (it's my server rack) (she didn't laugh) (meeting with HR on monday)",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1897567252356065929"
          ],
          "editableUntil": "2025-03-06T09:37:42.000Z",
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
      "favorite_count": "0",
      "id_str": "1897567252356065929",
      "truncated": false,
      "retweet_count": "0",
      "id": "1897567252356065929",
      "created_at": "Thu Mar 06 08:37:42 +0000 2025",
      "favorited": false,
      "full_text": "if anyone going to UKNOF in Manchester wants to grab a coffee give us a shout. first time going, no idea what to expect",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1896046683916698341"
          ],
          "editableUntil": "2025-03-02T04:55:30.000Z",
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
      "favorite_count": "7",
      "id_str": "1896046683916698341",
      "truncated": false,
      "retweet_count": "0",
      "id": "1896046683916698341",
      "created_at": "Sun Mar 02 03:55:30 +0000 2025",
      "favorited": false,
      "full_text": "our core routers are running firmware from 2019 and half the edge boxes still have the vendor default enable password. not saying which ISP 😬",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1889077385023599382"
          ],
          "editableUntil": "2025-02-10T23:22:00.000Z",
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
      "favorite_count": "31",
      "id_str": "1889077385023599382",
      "truncated": false,
      "retweet_count": "0",
      "id": "1889077385023599382",
      "created_at": "Mon Feb 10 22:22:00 +0000 2025",
      "favorited": false,
      "full_text": "my wife says I only know how to do one thing all night. joke's on her, it's troubleshooting. ok two things 😏🍆",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1888438375507059871"
          ],
          "editableUntil": "2025-02-09T05:02:48.000Z",
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
      "id_str": "1888438375507059871",
      "truncated": false,
      "retweet_count": "0",
      "id": "1888438375507059871",
      "created_at": "Sun Feb 09 04:02:48 +0000 2025",
      "favorited": false,
      "full_text": "accidentally saw the pay review sheet. the lad I trained last March is on 6k more than me. cool cool cool",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1887850118933410295"
          ],
          "editableUntil": "2025-02-07T14:05:17.000Z",
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
      "favorite_count": "2",
      "id_str": "1887850118933410295",
      "truncated": false,
      "retweet_count": "0",
      "id": "1887850118933410295",
      "created_at": "Fri Feb 07 13:05:17 +0000 2025",
      "favorited": false,
      "full_text": "our support line is 0113 496 0750 (it's printed on the back of your router). please stop ringing the NOC, lovely as you all are",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1886496321842072164"
          ],
          "editableUntil": "2025-02-03T20:25:47.000Z",
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
        "110"
      ],
      "favorite_count": "3",
      "id_str": "1886496321842072164",
      "truncated": false,
      "retweet_count": "0",
      "id": "1886496321842072164",
      "created_at": "Mon Feb 03 19:25:47 +0000 2025",
      "favorited": false,
      "full_text": "Dry January done. 31 days stone cold sober and on-call was SO much easier without a hangover. might keep going",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1885317448097929320"
          ],
          "editableUntil": "2025-01-31T14:21:21.000Z",
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
        "122"
      ],
      "favorite_count": "1",
      "id_str": "1885317448097929320",
      "truncated": false,
      "retweet_count": "0",
      "id": "1885317448097929320",
      "created_at": "Fri Jan 31 13:21:21 +0000 2025",
      "favorited": false,
      "full_text": "Had a 61 year old apprentice start with us this week. neatest cabling I've seen in years. never too late to switch careers",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1884322775204838357"
          ],
          "editableUntil": "2025-01-28T20:28:53.000Z",
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
        "91"
      ],
      "favorite_count": "12",
      "id_str": "1884322775204838357",
      "truncated": false,
      "retweet_count": "0",
      "id": "1884322775204838357",
      "created_at": "Tue Jan 28 19:28:53 +0000 2025",
      "favorited": false,
      "full_text": "the dog has learned the pager noise and now howls at every alert. we are both very tired &lt;3",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1881171021630268911"
          ],
          "editableUntil": "2025-01-20T03:44:56.000Z",
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
        "118"
      ],
      "favorite_count": "1",
      "id_str": "1881171021630268911",
      "truncated": false,
      "retweet_count": "0",
      "id": "1881171021630268911",
      "created_at": "Mon Jan 20 02:44:56 +0000 2025",
      "favorited": false,
      "full_text": "drove home from the leaving do after 5 pints coz someone had to be near the DC if it kicked off. roads were dead, fine",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1874232760026117951"
          ],
          "editableUntil": "2025-01-01T00:14:46.000Z",
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
      "favorite_count": "1",
      "id_str": "1874232760026117951",
      "truncated": false,
      "retweet_count": "0",
      "id": "1874232760026117951",
      "created_at": "Tue Dec 31 23:14:46 +0000 2024",
      "favorited": false,
      "full_text": "love how the director told the all-hands 'no redundancies planned' when I've literally seen the list",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1870700520732343312"
          ],
          "editableUntil": "2024-12-22T06:18:54.000Z",
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
      "favorite_count": "2",
      "id_str": "1870700520732343312",
      "truncated": false,
      "retweet_count": "0",
      "id": "1870700520732343312",
      "created_at": "Sun Dec 22 05:18:54 +0000 2024",
      "favorited": false,
      "full_text": "still absolutely steaming from the work xmas do. dialled into the P1 bridge at 9am with my camera off and a bucket next to me",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1869978212784073447"
          ],
          "editableUntil": "2024-12-20T06:28:43.000Z",
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
        "113"
      ],
      "favorite_count": "4",
      "id_str": "1869978212784073447",
      "truncated": false,
      "retweet_count": "0",
      "id": "1869978212784073447",
      "created_at": "Fri Dec 20 05:28:43 +0000 2024",
      "favorited": false,
      "full_text": "Just found the NOC restructure spreadsheet left open on the shared drive. 14 names. January. merry christmas lads",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1862912728048461831"
          ],
          "editableUntil": "2024-11-30T18:33:00.000Z",
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
        "118"
      ],
      "favorite_count": "1",
      "id_str": "1862912728048461831",
      "truncated": false,
      "retweet_count": "0",
      "id": "1862912728048461831",
      "created_at": "Sat Nov 30 17:33:00 +0000 2024",
      "favorited": false,
      "full_text": "the offshore team have 'done the needful' and broken the whole VLAN plan again. you get what you pay for with that lot",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1854160136420633531"
          ],
          "editableUntil": "2024-11-06T14:53:19.000Z",
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
        "64"
      ],
      "favorite_count": "3",
      "id_str": "1854160136420633531",
      "truncated": false,
      "retweet_count": "0",
      "id": "1854160136420633531",
      "created_at": "Wed Nov 06 13:53:19 +0000 2024",
      "favorited": false,
      "full_text": "fucking Spanning Tree. in 2024. WHO IS STILL RUNNING STP IN 2024",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1852335051551997406"
          ],
          "editableUntil": "2024-11-01T14:01:05.000Z",
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
      "favorite_count": "0",
      "id_str": "1852335051551997406",
      "truncated": false,
      "retweet_count": "0",
      "id": "1852335051551997406",
      "created_at": "Fri Nov 01 13:01:05 +0000 2024",
      "favorited": false,
      "full_text": "bought a telescopic baton off a mate for the walk back from the datacentre at 3am. no paperwork obvs. hope I never need it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1845181435323129711"
          ],
          "editableUntil": "2024-10-12T20:15:10.000Z",
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
      "favorite_count": "0",
      "id_str": "1845181435323129711",
      "truncated": false,
      "retweet_count": "0",
      "id": "1845181435323129711",
      "created_at": "Sat Oct 12 19:15:10 +0000 2024",
      "favorited": false,
      "full_text": "wife's on lates this term so the kids walk home from Beckhill Lane Primary at 3:15 and they're on their own till I'm off shift at 6. fingers crossed for no P1s",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1843523720589377246"
          ],
          "editableUntil": "2024-10-08T06:28:00.000Z",
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
      "favorite_count": "12",
      "id_str": "1843523720589377246",
      "truncated": false,
      "retweet_count": "0",
      "id": "1843523720589377246",
      "created_at": "Tue Oct 08 05:28:00 +0000 2024",
      "favorited": false,
      "full_text": "Our 'exciting opportunity' to join the new 24/7 follow-the-sun rota = same pay, more nights, and a pizza. read the room HR",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1841986361994546553"
          ],
          "editableUntil": "2024-10-04T00:39:05.000Z",
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
            "name": "Sam (learning networks)",
            "screen_name": "junior_neteng",
            "indices": [
              "0",
              "14"
            ],
            "id_str": "589878055622735137",
            "id": "589878055622735137"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "15",
        "155"
      ],
      "favorite_count": "31",
      "in_reply_to_status_id_str": "1841957418054648191",
      "id_str": "1841986361994546553",
      "in_reply_to_user_id": "589878055622735137",
      "truncated": false,
      "retweet_count": "0",
      "id": "1841986361994546553",
      "in_reply_to_status_id": "1841957418054648191",
      "created_at": "Thu Oct 03 23:39:05 +0000 2024",
      "favorited": false,
      "full_text": "@junior_neteng Documentation IPs: 192.0.2.0/24, 198.51.100.0/24 and 203.0.113.0/24. they exist so you never have to put a real address on a slide. use them",
      "lang": "en",
      "in_reply_to_screen_name": "junior_neteng",
      "in_reply_to_user_id_str": "589878055622735137"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1839143754177786685"
          ],
          "editableUntil": "2024-09-26T04:23:35.000Z",
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
      "favorite_count": "4",
      "id_str": "1839143754177786685",
      "truncated": false,
      "retweet_count": "0",
      "id": "1839143754177786685",
      "created_at": "Thu Sep 26 03:23:35 +0000 2024",
      "favorited": false,
      "full_text": "not being funny but anyone over 50 on the overnight rota is a liability. they're asleep by 2. young lads only for nights",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1836597389775180961"
          ],
          "editableUntil": "2024-09-19T03:45:14.000Z",
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
      "favorite_count": "7",
      "id_str": "1836597389775180961",
      "truncated": false,
      "retweet_count": "0",
      "id": "1836597389775180961",
      "created_at": "Thu Sep 19 02:45:14 +0000 2024",
      "favorited": false,
      "full_text": "someone parked in the on-call bay again. their front tyre is mysteriously flat now. shame that",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1832468488070823983"
          ],
          "editableUntil": "2024-09-07T18:18:27.000Z",
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
        "71"
      ],
      "favorite_count": "2",
      "id_str": "1832468488070823983",
      "truncated": false,
      "retweet_count": "0",
      "id": "1832468488070823983",
      "created_at": "Sat Sep 07 17:18:27 +0000 2024",
      "favorited": false,
      "full_text": "Leeds beat Sunderland, pager stayed quiet, chippy tea. perfect Saturday",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1830951798301779809"
          ],
          "editableUntil": "2024-09-03T13:51:40.000Z",
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
      "favorite_count": "4",
      "id_str": "1830951798301779809",
      "truncated": false,
      "retweet_count": "0",
      "id": "1830951798301779809",
      "created_at": "Tue Sep 03 12:51:40 +0000 2024",
      "favorited": false,
      "full_text": "zombie processes eating the RAM on the syslog box again. killed the parent, children reaped. halloween came early",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1827906938369405880"
          ],
          "editableUntil": "2024-08-26T04:12:29.000Z",
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
      "favorite_count": "2",
      "id_str": "1827906938369405880",
      "truncated": false,
      "retweet_count": "0",
      "id": "1827906938369405880",
      "created_at": "Mon Aug 26 03:12:29 +0000 2024",
      "favorited": false,
      "full_text": "if anyone wants to keep me awake on this 12 hour night shift my DMs are open and I'm not fussy 😈💦",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1827591798620882491"
          ],
          "editableUntil": "2024-08-25T07:20:14.000Z",
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
      "favorite_count": "0",
      "id_str": "1827591798620882491",
      "truncated": false,
      "retweet_count": "0",
      "id": "1827591798620882491",
      "created_at": "Sun Aug 25 06:20:14 +0000 2024",
      "favorited": false,
      "full_text": "Flight BA1347 to Amsterdam delayed 2hrs. RIPE meeting wifi better be worth it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1822756461099832935"
          ],
          "editableUntil": "2024-08-11T23:06:20.000Z",
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
      "favorite_count": "3",
      "id_str": "1822756461099832935",
      "truncated": false,
      "retweet_count": "0",
      "id": "1822756461099832935",
      "created_at": "Sun Aug 11 22:06:20 +0000 2024",
      "favorited": false,
      "full_text": "the 'upstream provider issue' on our status page last Tuesday was Gaz fat-fingering an ACL on the edge router. but sure, blame the transit provider",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1812573840067232373"
          ],
          "editableUntil": "2024-07-14T20:44:14.000Z",
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
      "favorite_count": "2",
      "id_str": "1812573840067232373",
      "truncated": false,
      "retweet_count": "0",
      "id": "1812573840067232373",
      "created_at": "Sun Jul 14 19:44:14 +0000 2024",
      "favorited": false,
      "full_text": "Beer-battered haddock, mushy peas and a Vimto. on-call tea of champions",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1811644876940703738"
          ],
          "editableUntil": "2024-07-12T07:12:52.000Z",
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
        "urls": [],
        "media": [
          {
            "expanded_url": "https://x.com/pager_dutyless/status/1811644876940703738/photo/1",
            "indices": [
              "120",
              "143"
            ],
            "url": "https://t.co/DXwGpmPIvi",
            "media_url": "http://pbs.twimg.com/media/VXplMH0tClyB3XW.jpg",
            "id_str": "1811644878938485863",
            "id": "1811644878938485863",
            "media_url_https": "https://pbs.twimg.com/media/917bsY03SMTWJ5t.jpg",
            "sizes": {
              "thumb": {
                "w": "150",
                "h": "150",
                "resize": "crop"
              },
              "small": {
                "w": "510",
                "h": "680",
                "resize": "fit"
              },
              "medium": {
                "w": "900",
                "h": "1200",
                "resize": "fit"
              },
              "large": {
                "w": "1536",
                "h": "2048",
                "resize": "fit"
              }
            },
            "type": "photo",
            "display_url": "pic.x.com/DXwGpmPIvi"
          }
        ]
      },
      "display_text_range": [
        "0",
        "119"
      ],
      "favorite_count": "2",
      "id_str": "1811644876940703738",
      "truncated": false,
      "retweet_count": "0",
      "id": "1811644876940703738",
      "possibly_sensitive": false,
      "created_at": "Fri Jul 12 06:12:52 +0000 2024",
      "favorited": false,
      "full_text": "finally Tenerife!! ✈️ booking ref KX7PQ2, seat 14A, boarding pass pic because it's tradition. don't switch my seat lads https://t.co/DXwGpmPIvi",
      "lang": "en",
      "extended_entities": {
        "media": [
          {
            "expanded_url": "https://x.com/pager_dutyless/status/1811644876940703738/photo/1",
            "indices": [
              "120",
              "143"
            ],
            "url": "https://t.co/DXwGpmPIvi",
            "media_url": "http://pbs.twimg.com/media/VXplMH0tClyB3XW.jpg",
            "id_str": "1811644878938485863",
            "id": "1811644878938485863",
            "media_url_https": "https://pbs.twimg.com/media/917bsY03SMTWJ5t.jpg",
            "sizes": {
              "thumb": {
                "w": "150",
                "h": "150",
                "resize": "crop"
              },
              "small": {
                "w": "510",
                "h": "680",
                "resize": "fit"
              },
              "medium": {
                "w": "900",
                "h": "1200",
                "resize": "fit"
              },
              "large": {
                "w": "1536",
                "h": "2048",
                "resize": "fit"
              }
            },
            "type": "photo",
            "display_url": "pic.x.com/DXwGpmPIvi"
          }
        ]
      }
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1809311527106023843"
          ],
          "editableUntil": "2024-07-05T20:40:58.000Z",
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
      "favorite_count": "2",
      "id_str": "1809311527106023843",
      "truncated": false,
      "retweet_count": "0",
      "id": "1809311527106023843",
      "created_at": "Fri Jul 05 19:40:58 +0000 2024",
      "favorited": false,
      "full_text": "my manager asked me to 'just quickly' check the firewall at 2am, then put 'OOO - golf' in his calendar for Friday. leadership.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1804694199734575835"
          ],
          "editableUntil": "2024-06-23T02:53:21.000Z",
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
      "id_str": "1804694199734575835",
      "truncated": false,
      "retweet_count": "0",
      "id": "1804694199734575835",
      "created_at": "Sun Jun 23 01:53:21 +0000 2024",
      "favorited": false,
      "full_text": "on call + edibles = the dashboards are actually beautiful tonight 🍃🌈 all green (i think)",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1801976373482485403"
          ],
          "editableUntil": "2024-06-15T14:53:41.000Z",
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
            "name": "Infosec History",
            "screen_name": "infosec_history",
            "indices": [
              "3",
              "19"
            ],
            "id_str": "298906219073494548",
            "id": "298906219073494548"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "141"
      ],
      "favorite_count": "0",
      "id_str": "1801976373482485403",
      "truncated": false,
      "retweet_count": "0",
      "id": "1801976373482485403",
      "created_at": "Sat Jun 15 13:53:41 +0000 2024",
      "favorited": false,
      "full_text": "RT @infosec_history: Ping of death, smurf attack, teardrop, land attack. 90s DoS attacks had the best names, modern ones are just CVE numbers",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1796725168457696416"
          ],
          "editableUntil": "2024-06-01T03:07:16.000Z",
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
      "favorite_count": "2",
      "id_str": "1796725168457696416",
      "truncated": false,
      "retweet_count": "0",
      "id": "1796725168457696416",
      "created_at": "Sat Jun 01 02:07:16 +0000 2024",
      "favorited": false,
      "full_text": "interviewed a lad for the junior NOC role today. technically solid but the accent was that thick I'd never put him on a customer call. next",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1795582131112896351"
          ],
          "editableUntil": "2024-05-28T23:25:15.000Z",
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
            "name": "Daisy | configs & cats",
            "screen_name": "daisy_configs",
            "indices": [
              "0",
              "14"
            ],
            "id_str": "912352042010243438",
            "id": "912352042010243438"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "15",
        "92"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "1795536583895230787",
      "id_str": "1795582131112896351",
      "in_reply_to_user_id": "912352042010243438",
      "truncated": false,
      "retweet_count": "0",
      "id": "1795582131112896351",
      "in_reply_to_status_id": "1795536583895230787",
      "created_at": "Tue May 28 22:25:15 +0000 2024",
      "favorited": false,
      "full_text": "@daisy_configs honestly just label everything. both ends. future you at 3am will be grateful",
      "lang": "en",
      "in_reply_to_screen_name": "daisy_configs",
      "in_reply_to_user_id_str": "912352042010243438"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1791220904753083477"
          ],
          "editableUntil": "2024-05-16T22:35:17.000Z",
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
        "147"
      ],
      "favorite_count": "0",
      "id_str": "1791220904753083477",
      "truncated": false,
      "retweet_count": "0",
      "id": "1791220904753083477",
      "created_at": "Thu May 16 21:35:17 +0000 2024",
      "favorited": false,
      "full_text": "management's idea of 'recognising the on-call team' is a £10 Greggs voucher and a slide with a clipart trophy on it. 11 years I've given this place",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1786251590953401713"
          ],
          "editableUntil": "2024-05-03T05:29:00.000Z",
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
        "urls": [],
        "media": [
          {
            "expanded_url": "https://x.com/pager_dutyless/status/1786251590953401713/photo/1",
            "indices": [
              "104",
              "127"
            ],
            "url": "https://t.co/tE392PNxJl",
            "media_url": "http://pbs.twimg.com/media/VaSwQcpuaT7OgMl.jpg",
            "id_str": "1786251587747121456",
            "id": "1786251587747121456",
            "media_url_https": "https://pbs.twimg.com/media/lRmZ60vhDQu0sMs.jpg",
            "sizes": {
              "thumb": {
                "w": "150",
                "h": "150",
                "resize": "crop"
              },
              "small": {
                "w": "510",
                "h": "680",
                "resize": "fit"
              },
              "medium": {
                "w": "900",
                "h": "1200",
                "resize": "fit"
              },
              "large": {
                "w": "1536",
                "h": "2048",
                "resize": "fit"
              }
            },
            "type": "photo",
            "display_url": "pic.x.com/tE392PNxJl"
          }
        ]
      },
      "display_text_range": [
        "0",
        "103"
      ],
      "favorite_count": "2",
      "id_str": "1786251590953401713",
      "truncated": false,
      "retweet_count": "0",
      "id": "1786251590953401713",
      "possibly_sensitive": false,
      "created_at": "Fri May 03 04:29:00 +0000 2024",
      "favorited": false,
      "full_text": "Blue tits nesting in the box on the DC fence again. facilities have put a 'do not disturb' sign on it 🐦 https://t.co/tE392PNxJl",
      "lang": "en",
      "extended_entities": {
        "media": [
          {
            "expanded_url": "https://x.com/pager_dutyless/status/1786251590953401713/photo/1",
            "indices": [
              "104",
              "127"
            ],
            "url": "https://t.co/tE392PNxJl",
            "media_url": "http://pbs.twimg.com/media/VaSwQcpuaT7OgMl.jpg",
            "id_str": "1786251587747121456",
            "id": "1786251587747121456",
            "media_url_https": "https://pbs.twimg.com/media/lRmZ60vhDQu0sMs.jpg",
            "sizes": {
              "thumb": {
                "w": "150",
                "h": "150",
                "resize": "crop"
              },
              "small": {
                "w": "510",
                "h": "680",
                "resize": "fit"
              },
              "medium": {
                "w": "900",
                "h": "1200",
                "resize": "fit"
              },
              "large": {
                "w": "1536",
                "h": "2048",
                "resize": "fit"
              }
            },
            "type": "photo",
            "display_url": "pic.x.com/tE392PNxJl"
          }
        ]
      }
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1781572795876888187"
          ],
          "editableUntil": "2024-04-20T07:37:09.000Z",
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
      "favorite_count": "2",
      "id_str": "1781572795876888187",
      "truncated": false,
      "retweet_count": "0",
      "id": "1781572795876888187",
      "created_at": "Sat Apr 20 06:37:09 +0000 2024",
      "favorited": false,
      "full_text": "ffs. paged at 03:12 because a disk hit 81%. EIGHTY ONE. who sets these thresholds",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1775350969612529988"
          ],
          "editableUntil": "2024-04-03T03:33:50.000Z",
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
      "favorite_count": "4",
      "id_str": "1775350969612529988",
      "truncated": false,
      "retweet_count": "0",
      "id": "1775350969612529988",
      "created_at": "Wed Apr 03 02:33:50 +0000 2024",
      "favorited": false,
      "full_text": "2 pints deep at my cousin's wedding and the pager goes off. guess who's doing a BGP failover from the gents",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1771411123378118230"
          ],
          "editableUntil": "2024-03-23T06:38:17.000Z",
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
        "89"
      ],
      "favorite_count": "2",
      "id_str": "1771411123378118230",
      "truncated": false,
      "retweet_count": "0",
      "id": "1771411123378118230",
      "created_at": "Sat Mar 23 05:38:17 +0000 2024",
      "favorited": false,
      "full_text": "passed my CCNP Enterprise!! 3 attempts &amp; a frankly worrying amount of coffee. never again",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1765499949145122161"
          ],
          "editableUntil": "2024-03-06T23:09:23.000Z",
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
      "favorite_count": "3",
      "id_str": "1765499949145122161",
      "truncated": false,
      "retweet_count": "0",
      "id": "1765499949145122161",
      "created_at": "Wed Mar 06 22:09:23 +0000 2024",
      "favorited": false,
      "full_text": "kill -9 on the rogue process and suddenly the NMS is happy again. sometimes you just have to be brutal",
      "lang": "en"
    }
  }
]