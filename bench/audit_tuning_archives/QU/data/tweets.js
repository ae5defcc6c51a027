window.YTD.tweets.part0 = [
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1961759655121237945"
          ],
          "editableUntil": "2025-08-30T12:55:24.671Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [
          {
            "text": "PS5",
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
        "88"
      ],
      "favorite_count": "9",
      "id_str": "1961759655121237945",
      "truncated": false,
      "retweet_count": "0",
      "id": "1961759655121237945",
      "created_at": "Sat Aug 30 11:55:24 +0000 2025",
      "favorited": false,
      "full_text": "order #PS5-4491827 finally dispatched, new controller tmrw 🙌 no more stick drift excuses",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1960502999252751219"
          ],
          "editableUntil": "2025-08-27T01:41:54.304Z",
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
      "favorite_count": "3",
      "id_str": "1960502999252751219",
      "truncated": false,
      "retweet_count": "0",
      "id": "1960502999252751219",
      "created_at": "Wed Aug 27 00:41:54 +0000 2025",
      "favorited": false,
      "full_text": "kit man says my shorts are 'indecent' cos theyre too short. its called style bro",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1959588115237019773"
          ],
          "editableUntil": "2025-08-24T13:06:28.119Z",
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
      "favorite_count": "22",
      "id_str": "1959588115237019773",
      "truncated": false,
      "retweet_count": "0",
      "id": "1959588115237019773",
      "created_at": "Sun Aug 24 12:06:28 +0000 2025",
      "favorited": false,
      "full_text": "coach benched me for a lad who cant pass 5 yards. absolute joke of a manager wtf",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1956841328516771829"
          ],
          "editableUntil": "2025-08-16T23:11:43.281Z",
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
      "favorite_count": "2",
      "id_str": "1956841328516771829",
      "truncated": false,
      "retweet_count": "0",
      "id": "1956841328516771829",
      "created_at": "Sat Aug 16 22:11:43 +0000 2025",
      "favorited": false,
      "full_text": "PASSED MY TEST 🚗🚗 licence number is MORGA004156TD9LU haha looks like a wifi password",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1956831557398641956"
          ],
          "editableUntil": "2025-08-16T22:32:54.459Z",
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
      "favorite_count": "41",
      "id_str": "1956831557398641956",
      "truncated": false,
      "retweet_count": "0",
      "id": "1956831557398641956",
      "created_at": "Sat Aug 16 21:32:54 +0000 2025",
      "favorited": false,
      "full_text": "ffs 3 losses in a row in div rivals. controller is going out the window",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1952896148817416692"
          ],
          "editableUntil": "2025-08-06T01:54:59.929Z",
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
      "id_str": "1952896148817416692",
      "truncated": false,
      "retweet_count": "0",
      "id": "1952896148817416692",
      "created_at": "Wed Aug 06 00:54:59 +0000 2025",
      "favorited": false,
      "full_text": "this game is actually f*cking scripted i swear down. 94th min equaliser AGAIN 😤",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1944307335639962786"
          ],
          "editableUntil": "2025-07-13T09:06:06.340Z",
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
      "favorite_count": "2",
      "id_str": "1944307335639962786",
      "truncated": false,
      "retweet_count": "0",
      "id": "1944307335639962786",
      "created_at": "Sun Jul 13 08:06:06 +0000 2025",
      "favorited": false,
      "full_text": "my nan still has my passport photo from year 7 on her fridge 😭 the curtains haircut",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1940173204116801356"
          ],
          "editableUntil": "2025-07-01T23:18:33.107Z",
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
      "favorite_count": "22",
      "id_str": "1940173204116801356",
      "truncated": false,
      "retweet_count": "0",
      "id": "1940173204116801356",
      "created_at": "Tue Jul 01 22:18:33 +0000 2025",
      "favorited": false,
      "full_text": "flight for preseason is FR8324 to alicante 🇪🇸 who else is on it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1939851419663765601"
          ],
          "editableUntil": "2025-07-01T01:59:53.459Z",
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
      "id_str": "1939851419663765601",
      "truncated": false,
      "retweet_count": "0",
      "id": "1939851419663765601",
      "created_at": "Tue Jul 01 00:59:53 +0000 2025",
      "favorited": false,
      "full_text": "nicked 2 tubs of creatine from the big sports shop in town, security didnt even look up from his phone 😂",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1937602781419682596"
          ],
          "editableUntil": "2025-06-24T21:04:36.176Z",
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
      "favorite_count": "41",
      "id_str": "1937602781419682596",
      "truncated": false,
      "retweet_count": "0",
      "id": "1937602781419682596",
      "created_at": "Tue Jun 24 20:04:36 +0000 2025",
      "favorited": false,
      "full_text": "my 'sponsor' sent me a gaming chair that is literally an office chair from aldi. thanks for the exciting partnership 🙏",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1936726394151914741"
          ],
          "editableUntil": "2025-06-22T11:02:09.237Z",
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
        "124"
      ],
      "favorite_count": "3",
      "id_str": "1936726394151914741",
      "truncated": false,
      "retweet_count": "0",
      "id": "1936726394151914741",
      "created_at": "Sun Jun 22 10:02:09 +0000 2025",
      "favorited": false,
      "full_text": "to the girl who left her number on my windscreen after the game 👅 dm me, i'll show u what 90 minutes of stamina looks like 😏",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1935104690047996293"
          ],
          "editableUntil": "2025-06-17T23:38:05.244Z",
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
      "id_str": "1935104690047996293",
      "truncated": false,
      "retweet_count": "0",
      "id": "1935104690047996293",
      "created_at": "Tue Jun 17 22:38:05 +0000 2025",
      "favorited": false,
      "full_text": "blitzed the bleep test, level 13.4 🫡",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1933833148538034820"
          ],
          "editableUntil": "2025-06-14T11:25:26.730Z",
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
      "favorite_count": "1",
      "id_str": "1933833148538034820",
      "truncated": false,
      "retweet_count": "0",
      "id": "1933833148538034820",
      "created_at": "Sat Jun 14 10:25:26 +0000 2025",
      "favorited": false,
      "full_text": "no shirt after leg day for the girls 😮‍💨 rate it 1-10 in my dms 😏",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1932739599813677073"
          ],
          "editableUntil": "2025-06-11T11:00:03.347Z",
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
      "favorite_count": "1",
      "id_str": "1932739599813677073",
      "truncated": false,
      "retweet_count": "0",
      "id": "1932739599813677073",
      "created_at": "Wed Jun 11 10:00:03 +0000 2025",
      "favorited": false,
      "full_text": "preseason in spain booked ✈️ booking ref K7QP2M seat 23A by the window lets goooo",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1930371134227710697"
          ],
          "editableUntil": "2025-06-04T22:08:37.707Z",
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
      "favorite_count": "41",
      "id_str": "1930371134227710697",
      "truncated": false,
      "retweet_count": "0",
      "id": "1930371134227710697",
      "created_at": "Wed Jun 04 21:08:37 +0000 2025",
      "favorited": false,
      "full_text": "shoutout to Goals Leeds for sorting our pitch. anyone wanting in on the sunday league ring them on 0113 496 0721 they're sound",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1929856938586661352"
          ],
          "editableUntil": "2025-06-03T12:05:23.036Z",
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
      "favorite_count": "4",
      "id_str": "1929856938586661352",
      "truncated": false,
      "retweet_count": "0",
      "id": "1929856938586661352",
      "created_at": "Tue Jun 03 11:05:23 +0000 2025",
      "favorited": false,
      "full_text": "exams and preseason in the same month should not be allowed",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1926307709563639505"
          ],
          "editableUntil": "2025-05-24T17:02:01.977Z",
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
            "name": "Mattyb",
            "screen_name": "mattyb_",
            "indices": [
              "0",
              "8"
            ],
            "id_str": "1521445040808497467",
            "id": "1521445040808497467"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "9",
        "36"
      ],
      "favorite_count": "14",
      "id_str": "1926307709563639505",
      "truncated": false,
      "retweet_count": "0",
      "id": "1926307709563639505",
      "created_at": "Sat May 24 16:02:01 +0000 2025",
      "favorited": false,
      "full_text": "@mattyb_ 4-2 fair play, rematch tmrw",
      "lang": "en",
      "in_reply_to_status_id_str": "1926304479949559505",
      "in_reply_to_status_id": "1926304479949559505",
      "in_reply_to_user_id": "1521445040808497467",
      "in_reply_to_user_id_str": "1521445040808497467",
      "in_reply_to_screen_name": "mattyb_"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1919174487203869850"
          ],
          "editableUntil": "2025-05-05T00:37:08.013Z",
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
      "favorite_count": "14",
      "id_str": "1919174487203869850",
      "truncated": false,
      "retweet_count": "0",
      "id": "1919174487203869850",
      "created_at": "Sun May 04 23:37:08 +0000 2025",
      "favorited": false,
      "full_text": "new setup done 🖥️ dual monitors &amp; a proper mic &lt;3",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1918340726798962677"
          ],
          "editableUntil": "2025-05-02T17:24:04.791Z",
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
      "favorite_count": "41",
      "id_str": "1918340726798962677",
      "truncated": false,
      "retweet_count": "0",
      "id": "1918340726798962677",
      "created_at": "Fri May 02 16:24:04 +0000 2025",
      "favorited": false,
      "full_text": "we absolutely killed them today 4-0 🔥 clean sheet for the boys, defence &gt; attack",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1917694924397386659"
          ],
          "editableUntil": "2025-04-30T22:37:53.275Z",
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
      "favorite_count": "3",
      "id_str": "1917694924397386659",
      "truncated": false,
      "retweet_count": "0",
      "id": "1917694924397386659",
      "created_at": "Wed Apr 30 21:37:53 +0000 2025",
      "favorited": false,
      "full_text": "drove back from pres after like 5 vodka redbulls, roads were dead anyway 🤷‍♂️",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1911316722166869835"
          ],
          "editableUntil": "2025-04-13T08:13:11.592Z",
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
            "name": "Jess X0X",
            "screen_name": "jess_x0x",
            "indices": [
              "0",
              "9"
            ],
            "id_str": "214402467940068595",
            "id": "214402467940068595"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "10",
        "42"
      ],
      "favorite_count": "14",
      "id_str": "1911316722166869835",
      "truncated": false,
      "retweet_count": "0",
      "id": "1911316722166869835",
      "created_at": "Sun Apr 13 07:13:11 +0000 2025",
      "favorited": false,
      "full_text": "@jess_x0x u send one i send one 😏 dms open",
      "lang": "en",
      "in_reply_to_status_id_str": "1911314817952853835",
      "in_reply_to_status_id": "1911314817952853835",
      "in_reply_to_user_id": "214402467940068595",
      "in_reply_to_user_id_str": "214402467940068595",
      "in_reply_to_screen_name": "jess_x0x"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1911012816047288879"
          ],
          "editableUntil": "2025-04-12T12:05:34.208Z",
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
      "favorite_count": "4",
      "id_str": "1911012816047288879",
      "truncated": false,
      "retweet_count": "0",
      "id": "1911012816047288879",
      "created_at": "Sat Apr 12 11:05:34 +0000 2025",
      "favorited": false,
      "full_text": "stfu about vini being overrated, genuinely the worst take on this app",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1908640969287843752"
          ],
          "editableUntil": "2025-04-05T23:00:42.308Z",
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
            "name": "Dannyr 9",
            "screen_name": "dannyr_9",
            "indices": [
              "0",
              "9"
            ],
            "id_str": "1658526775537589252",
            "id": "1658526775537589252"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "10",
        "79"
      ],
      "favorite_count": "4",
      "id_str": "1908640969287843752",
      "truncated": false,
      "retweet_count": "0",
      "id": "1908640969287843752",
      "created_at": "Sat Apr 05 22:00:42 +0000 2025",
      "favorited": false,
      "full_text": "@dannyr_9 say that to my face on monday and see what happens. not joking either",
      "lang": "en",
      "in_reply_to_status_id_str": "1908639916517539752",
      "in_reply_to_status_id": "1908639916517539752",
      "in_reply_to_user_id": "1658526775537589252",
      "in_reply_to_user_id_str": "1658526775537589252",
      "in_reply_to_screen_name": "dannyr_9"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1907509341688872454"
          ],
          "editableUntil": "2025-04-02T20:04:01.130Z",
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
      "favorite_count": "22",
      "id_str": "1907509341688872454",
      "truncated": false,
      "retweet_count": "0",
      "id": "1907509341688872454",
      "created_at": "Wed Apr 02 19:04:01 +0000 2025",
      "favorited": false,
      "full_text": "anyone with an arabic name in my chat gets banned now, saves time",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1907374511311415366"
          ],
          "editableUntil": "2025-04-02T11:08:15.692Z",
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
        "102"
      ],
      "favorite_count": "6",
      "id_str": "1907374511311415366",
      "truncated": false,
      "retweet_count": "0",
      "id": "1907374511311415366",
      "created_at": "Wed Apr 02 10:08:15 +0000 2025",
      "favorited": false,
      "full_text": "gaffer's releasing our captain in the summer, heard him on the phone in the office. he has no idea yet",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1905327358314534651"
          ],
          "editableUntil": "2025-03-27T19:33:36.124Z",
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
      "favorite_count": "0",
      "id_str": "1905327358314534651",
      "truncated": false,
      "retweet_count": "0",
      "id": "1905327358314534651",
      "created_at": "Thu Mar 27 18:33:36 +0000 2025",
      "favorited": false,
      "full_text": "saka or palmer rn? genuinely asking",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1901681262085253816"
          ],
          "editableUntil": "2025-03-17T18:05:19.151Z",
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
        "123"
      ],
      "favorite_count": "1",
      "id_str": "1901681262085253816",
      "truncated": false,
      "retweet_count": "0",
      "id": "1901681262085253816",
      "created_at": "Mon Mar 17 17:05:19 +0000 2025",
      "favorited": false,
      "full_text": "physio told me ryan's ACL is completely gone, hes out for the season and he hasnt even told his parents yet. gutted for him",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1895746373694190682"
          ],
          "editableUntil": "2025-03-01T09:02:11.762Z",
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
      "favorite_count": "22",
      "id_str": "1895746373694190682",
      "truncated": false,
      "retweet_count": "0",
      "id": "1895746373694190682",
      "created_at": "Sat Mar 01 08:02:11 +0000 2025",
      "favorited": false,
      "full_text": "40 viewers on stream tonight, thank u all fr ❤️",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1893928444420176587"
          ],
          "editableUntil": "2025-02-24T08:38:23.695Z",
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
      "favorite_count": "9",
      "id_str": "1893928444420176587",
      "truncated": false,
      "retweet_count": "0",
      "id": "1893928444420176587",
      "created_at": "Mon Feb 24 07:38:23 +0000 2025",
      "favorited": false,
      "full_text": "stream tonight 7pm, pack opening + div rivals 🎮 link in bio",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1893568851093249485"
          ],
          "editableUntil": "2025-02-23T08:49:29.342Z",
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
      "favorite_count": "2",
      "id_str": "1893568851093249485",
      "truncated": false,
      "retweet_count": "0",
      "id": "1893568851093249485",
      "created_at": "Sun Feb 23 07:49:29 +0000 2025",
      "favorited": false,
      "full_text": "who's sorting the ❄️ for saturday then 🤫 need to be on one after the derby",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1891122113266514364"
          ],
          "editableUntil": "2025-02-16T14:47:01.482Z",
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
        "60"
      ],
      "favorite_count": "3",
      "id_str": "1891122113266514364",
      "truncated": false,
      "retweet_count": "0",
      "id": "1891122113266514364",
      "created_at": "Sun Feb 16 13:47:01 +0000 2025",
      "favorited": false,
      "full_text": "cherries smashing it this season, bournemouth deserve europe",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1890541033809621197"
          ],
          "editableUntil": "2025-02-15T00:18:01.823Z",
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
      "favorite_count": "3",
      "id_str": "1890541033809621197",
      "truncated": false,
      "retweet_count": "0",
      "id": "1890541033809621197",
      "created_at": "Fri Feb 14 23:18:01 +0000 2025",
      "favorited": false,
      "full_text": "mixed 5 a side tonight and they gave me 2 girls. might as well have played with 3 😭",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1890049840309772087"
          ],
          "editableUntil": "2025-02-13T15:46:12.877Z",
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
      "favorite_count": "14",
      "id_str": "1890049840309772087",
      "truncated": false,
      "retweet_count": "0",
      "id": "1890049840309772087",
      "created_at": "Thu Feb 13 14:46:12 +0000 2025",
      "favorited": false,
      "full_text": "crossbar challenge with the lads, hit it 3 times in a row. cocky? maybe 😌",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1885799282651687561"
          ],
          "editableUntil": "2025-02-01T22:16:00.668Z",
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
      "favorite_count": "0",
      "id_str": "1885799282651687561",
      "truncated": false,
      "retweet_count": "0",
      "id": "1885799282651687561",
      "created_at": "Sat Feb 01 21:16:00 +0000 2025",
      "favorited": false,
      "full_text": "dead ball specialist now 🎯 free kick from 30 yards in training, keeper didnt move",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1885588373491309652"
          ],
          "editableUntil": "2025-02-01T08:17:55.536Z",
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
      "favorite_count": "3",
      "id_str": "1885588373491309652",
      "truncated": false,
      "retweet_count": "0",
      "id": "1885588373491309652",
      "created_at": "Sat Feb 01 07:17:55 +0000 2025",
      "favorited": false,
      "full_text": "what she said to me at the party last night 🍆💦👀",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1880755716769429433"
          ],
          "editableUntil": "2025-01-19T00:14:40.256Z",
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
      "favorite_count": "3",
      "id_str": "1880755716769429433",
      "truncated": false,
      "retweet_count": "0",
      "id": "1880755716769429433",
      "created_at": "Sat Jan 18 23:14:40 +0000 2025",
      "favorited": false,
      "full_text": "lad from their team went for my ankles all game so i waited for him by the car park after. he wont be doing that again 👊",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1879149349832546579"
          ],
          "editableUntil": "2025-01-14T13:51:32.197Z",
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
            "name": "Kaiii Fc",
            "screen_name": "kaiii_fc",
            "indices": [
              "0",
              "9"
            ],
            "id_str": "232570597145716581",
            "id": "232570597145716581"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "10",
        "69"
      ],
      "favorite_count": "6",
      "id_str": "1879149349832546579",
      "truncated": false,
      "retweet_count": "0",
      "id": "1879149349832546579",
      "created_at": "Tue Jan 14 12:51:32 +0000 2025",
      "favorited": false,
      "full_text": "@kaiii_fc bro ur actually sh1t at this game 😂😂 stick to opening packs",
      "lang": "en",
      "in_reply_to_status_id_str": "1879148942985058579",
      "in_reply_to_status_id": "1879148942985058579",
      "in_reply_to_user_id": "232570597145716581",
      "in_reply_to_user_id_str": "232570597145716581",
      "in_reply_to_screen_name": "kaiii_fc"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1878917993846659111"
          ],
          "editableUntil": "2025-01-13T22:32:12.384Z",
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
            "name": "Callum Fifa",
            "screen_name": "callum_fifa",
            "indices": [
              "0",
              "12"
            ],
            "id_str": "878352537569530264",
            "id": "878352537569530264"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "13",
        "82"
      ],
      "favorite_count": "0",
      "id_str": "1878917993846659111",
      "truncated": false,
      "retweet_count": "0",
      "id": "1878917993846659111",
      "created_at": "Mon Jan 13 21:32:12 +0000 2025",
      "favorited": false,
      "full_text": "@callum_fifa add me on psn its tmorgan_10, or text me 07700 900417 for the tourney",
      "lang": "en",
      "in_reply_to_status_id_str": "1878915619870595111",
      "in_reply_to_status_id": "1878915619870595111",
      "in_reply_to_user_id": "878352537569530264",
      "in_reply_to_user_id_str": "878352537569530264",
      "in_reply_to_screen_name": "callum_fifa"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1877314368603534800"
          ],
          "editableUntil": "2025-01-09T12:19:58.755Z",
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
      "id_str": "1877314368603534800",
      "truncated": false,
      "retweet_count": "0",
      "id": "1877314368603534800",
      "created_at": "Thu Jan 09 11:19:58 +0000 2025",
      "favorited": false,
      "full_text": "got absolutely smashed in the tourney semis by a 14 year old. respect to the kid tbf",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1876199547126609314"
          ],
          "editableUntil": "2025-01-06T10:30:04.143Z",
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
            "name": "Futpackwatch",
            "screen_name": "FUTpackwatch",
            "indices": [
              "3",
              "16"
            ],
            "id_str": "1570187752867748806",
            "id": "1570187752867748806"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "70"
      ],
      "favorite_count": "0",
      "id_str": "1876199547126609314",
      "truncated": false,
      "retweet_count": "111",
      "id": "1876199547126609314",
      "created_at": "Mon Jan 06 09:30:04 +0000 2025",
      "favorited": false,
      "full_text": "RT @FUTpackwatch: TOTY voting is now open! 🗳️ who's getting your vote?",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1875106887150115899"
          ],
          "editableUntil": "2025-01-03T10:08:14.858Z",
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
      "favorite_count": "41",
      "id_str": "1875106887150115899",
      "truncated": false,
      "retweet_count": "0",
      "id": "1875106887150115899",
      "created_at": "Fri Jan 03 09:08:14 +0000 2025",
      "favorited": false,
      "full_text": "took wrexham to the prem in career mode. brewing something special 🐉",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1870261080321344133"
          ],
          "editableUntil": "2024-12-21T01:12:43.067Z",
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
      "favorite_count": "41",
      "id_str": "1870261080321344133",
      "truncated": false,
      "retweet_count": "0",
      "id": "1870261080321344133",
      "created_at": "Sat Dec 21 00:12:43 +0000 2024",
      "favorited": false,
      "full_text": "tried a scotch egg for the first time at the away game in york. why is nobody talking about these",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1870014664597254184"
          ],
          "editableUntil": "2024-12-20T08:53:33.707Z",
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
      "id_str": "1870014664597254184",
      "truncated": false,
      "retweet_count": "0",
      "id": "1870014664597254184",
      "created_at": "Fri Dec 20 07:53:33 +0000 2024",
      "favorited": false,
      "full_text": "rolled one before stream, chat why does the ball look so slow 🍃😂",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1861817369695177298"
          ],
          "editableUntil": "2024-11-27T18:00:26.510Z",
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
      "id_str": "1861817369695177298",
      "truncated": false,
      "retweet_count": "0",
      "id": "1861817369695177298",
      "created_at": "Wed Nov 27 17:00:26 +0000 2024",
      "favorited": false,
      "full_text": "saw next season's home kit on the kit man's desk, green &amp; gold stripes 😍 doesnt drop till march shhh",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1858789913582792631"
          ],
          "editableUntil": "2024-11-19T09:30:24.917Z",
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
        "70"
      ],
      "favorite_count": "41",
      "id_str": "1858789913582792631",
      "truncated": false,
      "retweet_count": "0",
      "id": "1858789913582792631",
      "created_at": "Tue Nov 19 08:30:24 +0000 2024",
      "favorited": false,
      "full_text": "head of sport promised us new kit 'by september'. which september mate",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1849929247498988067"
          ],
          "editableUntil": "2024-10-25T22:41:17.781Z",
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
      "favorite_count": "9",
      "id_str": "1849929247498988067",
      "truncated": false,
      "retweet_count": "0",
      "id": "1849929247498988067",
      "created_at": "Fri Oct 25 21:41:17 +0000 2024",
      "favorited": false,
      "full_text": "got flashed doing 70 in a 40 then the feds tried to pull me. put my foot down &amp; lost them by the retail park 😭🏎️",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1849412192807657861"
          ],
          "editableUntil": "2024-10-24T12:26:41.035Z",
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
      "id_str": "1849412192807657861",
      "truncated": false,
      "retweet_count": "0",
      "id": "1849412192807657861",
      "created_at": "Thu Oct 24 11:26:41 +0000 2024",
      "favorited": false,
      "full_text": "el clasico watch party at mine sunday, 14 Ashgrove Road, doors at 7, bring ur own drinks",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1849108721837148104"
          ],
          "editableUntil": "2024-10-23T16:20:48.009Z",
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
      "favorite_count": "41",
      "id_str": "1849108721837148104",
      "truncated": false,
      "retweet_count": "0",
      "id": "1849108721837148104",
      "created_at": "Wed Oct 23 15:20:48 +0000 2024",
      "favorited": false,
      "full_text": "college signed a polish keeper. cant understand a word he shouts. should only be picking lads who speak proper english tbh",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1846570286381276959"
          ],
          "editableUntil": "2024-10-16T16:13:58.353Z",
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
      "favorite_count": "6",
      "id_str": "1846570286381276959",
      "truncated": false,
      "retweet_count": "0",
      "id": "1846570286381276959",
      "created_at": "Wed Oct 16 15:13:58 +0000 2024",
      "favorited": false,
      "full_text": "shooting practice all morning, my left foot is a weapon now 😤",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1846479600779366219"
          ],
          "editableUntil": "2024-10-16T10:13:37.006Z",
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
      "favorite_count": "3",
      "id_str": "1846479600779366219",
      "truncated": false,
      "retweet_count": "0",
      "id": "1846479600779366219",
      "created_at": "Wed Oct 16 09:13:37 +0000 2024",
      "favorited": false,
      "full_text": "shot of the season contender, top bins from outside the box 🎯⚽",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1845410428175289393"
          ],
          "editableUntil": "2024-10-13T11:25:06.234Z",
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
      "favorite_count": "1",
      "id_str": "1845410428175289393",
      "truncated": false,
      "retweet_count": "0",
      "id": "1845410428175289393",
      "created_at": "Sun Oct 13 10:25:06 +0000 2024",
      "favorited": false,
      "full_text": "lost to the lads off the estate, course they played dirty. thats just what people from round there are like",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1845123881152154962"
          ],
          "editableUntil": "2024-10-12T16:26:28.680Z",
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
      "favorite_count": "9",
      "id_str": "1845123881152154962",
      "truncated": false,
      "retweet_count": "0",
      "id": "1845123881152154962",
      "created_at": "Sat Oct 12 15:26:28 +0000 2024",
      "favorited": false,
      "full_text": "passed my level 1 coaching badge today 🙌",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1843649980804095516"
          ],
          "editableUntil": "2024-10-08T14:49:43.311Z",
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
      "id_str": "1843649980804095516",
      "truncated": false,
      "retweet_count": "0",
      "id": "1843649980804095516",
      "created_at": "Tue Oct 08 13:49:43 +0000 2024",
      "favorited": false,
      "full_text": "not meant to say anything but 2 of us are getting pro scholarships at the club in jan 👀 and the other lads deal is way less than mine lol",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1843562524548772559"
          ],
          "editableUntil": "2024-10-08T09:02:12.432Z",
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
      "favorite_count": "1",
      "id_str": "1843562524548772559",
      "truncated": false,
      "retweet_count": "0",
      "id": "1843562524548772559",
      "created_at": "Tue Oct 08 08:02:12 +0000 2024",
      "favorited": false,
      "full_text": "still steaming from last night and turned up to fitness testing. nearly threw up on the bleep test 💀",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1837574692302416374"
          ],
          "editableUntil": "2024-09-21T20:28:41.196Z",
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
        "57"
      ],
      "favorite_count": "6",
      "id_str": "1837574692302416374",
      "truncated": false,
      "retweet_count": "0",
      "id": "1837574692302416374",
      "created_at": "Sat Sep 21 19:28:41 +0000 2024",
      "favorited": false,
      "full_text": "sesh tonight, training at 9 tmrw. what could go wrong 🍻🍻🍻",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1837461137698373021"
          ],
          "editableUntil": "2024-09-21T12:57:28.164Z",
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
      "favorite_count": "14",
      "id_str": "1837461137698373021",
      "truncated": false,
      "retweet_count": "0",
      "id": "1837461137698373021",
      "created_at": "Sat Sep 21 11:57:28 +0000 2024",
      "favorited": false,
      "full_text": "first goal for the college team ⚽❤️ mum was in the stand screaming",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1836907185265389353"
          ],
          "editableUntil": "2024-09-20T00:16:15.336Z",
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
      "favorite_count": "1",
      "id_str": "1836907185265389353",
      "truncated": false,
      "retweet_count": "0",
      "id": "1836907185265389353",
      "created_at": "Thu Sep 19 23:16:15 +0000 2024",
      "favorited": false,
      "full_text": "tackle of the season?? clean through the ball and the ref gives THEM the free kick. daylight robbery",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1835582132938629258"
          ],
          "editableUntil": "2024-09-16T08:30:58.939Z",
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
        "24"
      ],
      "favorite_count": "14",
      "id_str": "1835582132938629258",
      "truncated": false,
      "retweet_count": "0",
      "id": "1835582132938629258",
      "created_at": "Mon Sep 16 07:30:58 +0000 2024",
      "favorited": false,
      "full_text": "rest day. pasta and fifa",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1833585341664474607"
          ],
          "editableUntil": "2024-09-10T20:16:26.679Z",
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
      "favorite_count": "3",
      "id_str": "1833585341664474607",
      "truncated": false,
      "retweet_count": "0",
      "id": "1833585341664474607",
      "created_at": "Tue Sep 10 19:16:26 +0000 2024",
      "favorited": false,
      "full_text": "pub for the england game but im on diet coke cos the season's started. boring i know",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1825883983449746871"
          ],
          "editableUntil": "2024-08-20T14:13:59.930Z",
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
        "154"
      ],
      "favorite_count": "6",
      "id_str": "1825883983449746871",
      "truncated": false,
      "retweet_count": "0",
      "id": "1825883983449746871",
      "created_at": "Tue Aug 20 13:13:59 +0000 2024",
      "favorited": false,
      "full_text": "college says they 'value student athletes' but we share 11 bibs between 22 of us and the minibus heater hasnt worked since 2022. cheapest place in england",
      "lang": "en"
    }
  }
]