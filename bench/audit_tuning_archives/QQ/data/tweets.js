window.YTD.tweets.part0 = [
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1979034610138418070"
          ],
          "editableUntil": "2025-10-17T04:59:54.000Z",
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
      "id_str": "1979034610138418070",
      "truncated": false,
      "retweet_count": "1",
      "id": "1979034610138418070",
      "created_at": "Fri Oct 17 03:59:54 +0000 2025",
      "favorited": false,
      "full_text": "got ID'd buying a kinder egg. im 21. going grey on the tills clearly doesnt count",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1975547085033453858"
          ],
          "editableUntil": "2025-10-07T14:01:43.000Z",
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
      "favorite_count": "0",
      "id_str": "1975547085033453858",
      "truncated": false,
      "retweet_count": "2",
      "id": "1975547085033453858",
      "created_at": "Tue Oct 07 13:01:43 +0000 2025",
      "favorited": false,
      "full_text": "new self checkouts going in at ours in march, 8 tills gone. saw the floor plan on the managers screen lol sorry to the saturday girls",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1973827217102314556"
          ],
          "editableUntil": "2025-10-02T20:07:35.000Z",
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
        "83"
      ],
      "favorite_count": "12",
      "id_str": "1973827217102314556",
      "truncated": false,
      "retweet_count": "2",
      "id": "1973827217102314556",
      "created_at": "Thu Oct 02 19:07:35 +0000 2025",
      "favorited": false,
      "full_text": "shoutout to my boss for swapping my shift so i can go to the LAN. actually a legend",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1970535456823005956"
          ],
          "editableUntil": "2025-09-23T18:07:18.000Z",
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
      "favorite_count": "0",
      "id_str": "1970535456823005956",
      "truncated": false,
      "retweet_count": "1",
      "id": "1970535456823005956",
      "created_at": "Tue Sep 23 17:07:18 +0000 2025",
      "favorited": false,
      "full_text": "cocktail sausages on yellow sticker for 9p. i am a rich man",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1970508908210029638"
          ],
          "editableUntil": "2025-09-23T16:21:48.000Z",
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
      "favorite_count": "1",
      "id_str": "1970508908210029638",
      "truncated": false,
      "retweet_count": "0",
      "id": "1970508908210029638",
      "created_at": "Tue Sep 23 15:21:48 +0000 2025",
      "favorited": false,
      "full_text": "shandy bass and a kebab after a double is the only reason im still alive",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1968092179285622052"
          ],
          "editableUntil": "2025-09-17T00:18:35.000Z",
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
      "id_str": "1968092179285622052",
      "truncated": false,
      "retweet_count": "0",
      "id": "1968092179285622052",
      "created_at": "Tue Sep 16 23:18:35 +0000 2025",
      "favorited": false,
      "full_text": "love how the area manager visits once a year and suddenly theres fresh flowers by the door and the chiller works. pure theatre",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1965540345248860651"
          ],
          "editableUntil": "2025-09-09T23:18:30.000Z",
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
      "favorite_count": "0",
      "id_str": "1965540345248860651",
      "truncated": false,
      "retweet_count": "0",
      "id": "1965540345248860651",
      "created_at": "Tue Sep 09 22:18:30 +0000 2025",
      "favorited": false,
      "full_text": "finally got my provisional!!! MORGA004204TJ9AB dont even care the photo is grim 🚗",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1963701587933208515"
          ],
          "editableUntil": "2025-09-04T21:31:57.000Z",
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
            "name": "kez",
            "screen_name": "kezzaRL",
            "indices": [
              "0",
              "8"
            ],
            "id_str": "942259692128784147",
            "id": "942259692128784147"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "9",
        "44"
      ],
      "favorite_count": "1",
      "id_str": "1963701587933208515",
      "truncated": false,
      "retweet_count": "0",
      "id": "1963701587933208515",
      "created_at": "Thu Sep 04 20:31:57 +0000 2025",
      "favorited": false,
      "full_text": "@kezzaRL happy birthday bro 🎉 see u saturday",
      "lang": "en",
      "in_reply_to_status_id_str": "1929163525006470298",
      "in_reply_to_status_id": "1929163525006470298",
      "in_reply_to_user_id": "942259692128784147",
      "in_reply_to_user_id_str": "942259692128784147",
      "in_reply_to_screen_name": "kezzaRL"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1962191601109429821"
          ],
          "editableUntil": "2025-08-31T17:31:48.000Z",
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
            "name": "matty 🚀",
            "screen_name": "mattyboosts",
            "indices": [
              "0",
              "12"
            ],
            "id_str": "631502147",
            "id": "631502147"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "13",
        "110"
      ],
      "favorite_count": "3",
      "id_str": "1962191601109429821",
      "truncated": false,
      "retweet_count": "0",
      "id": "1962191601109429821",
      "created_at": "Sun Aug 31 16:31:48 +0000 2025",
      "favorited": false,
      "full_text": "@mattyboosts tourney entry goes to me: T Morgan 20-45-77 43910288, send the tenner by friday or ur not playing",
      "lang": "en",
      "in_reply_to_status_id_str": "1913562599866344390",
      "in_reply_to_status_id": "1913562599866344390",
      "in_reply_to_user_id": "631502147",
      "in_reply_to_user_id_str": "631502147",
      "in_reply_to_screen_name": "mattyboosts"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1961180111145313729"
          ],
          "editableUntil": "2025-08-28T22:32:30.000Z",
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
      "favorite_count": "0",
      "id_str": "1961180111145313729",
      "truncated": false,
      "retweet_count": "1",
      "id": "1961180111145313729",
      "created_at": "Thu Aug 28 21:32:30 +0000 2025",
      "favorited": false,
      "full_text": "absolute sh!tshow on the tills today, 2 of us on and a queue back to the bakery. pissed off doesnt even cover it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1959971103958043047"
          ],
          "editableUntil": "2025-08-25T14:28:20.000Z",
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
      "favorite_count": "12",
      "id_str": "1959971103958043047",
      "truncated": false,
      "retweet_count": "0",
      "id": "1959971103958043047",
      "created_at": "Mon Aug 25 13:28:20 +0000 2025",
      "favorited": false,
      "full_text": "came into work still steaming from last night, scanned the same multipack of walkers 4 times and nobody noticed 😭",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1952879829557388494"
          ],
          "editableUntil": "2025-08-06T00:50:08.000Z",
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
      "favorite_count": "0",
      "id_str": "1952879829557388494",
      "truncated": false,
      "retweet_count": "0",
      "id": "1952879829557388494",
      "created_at": "Tue Aug 05 23:50:08 +0000 2025",
      "favorited": false,
      "full_text": "she said 'ur setup is so clean' and i said wait til u see the rest 😏🍆",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1951397705401187254"
          ],
          "editableUntil": "2025-08-01T22:40:42.000Z",
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
      "favorite_count": "1",
      "id_str": "1951397705401187254",
      "truncated": false,
      "retweet_count": "1",
      "id": "1951397705401187254",
      "created_at": "Fri Aug 01 21:40:42 +0000 2025",
      "favorited": false,
      "full_text": "does a &lt;3 count as a heart for the giveaway or do i need the actual emoji",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1947597834646073177"
          ],
          "editableUntil": "2025-07-22T11:01:23.000Z",
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
        "52"
      ],
      "favorite_count": "3",
      "id_str": "1947597834646073177",
      "truncated": false,
      "retweet_count": "0",
      "id": "1947597834646073177",
      "created_at": "Tue Jul 22 10:01:23 +0000 2025",
      "favorited": false,
      "full_text": "flip reset into a double tap. hands still shaking rn",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1940176760139628996"
          ],
          "editableUntil": "2025-07-01T23:32:41.000Z",
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
      "id_str": "1940176760139628996",
      "truncated": false,
      "retweet_count": "0",
      "id": "1940176760139628996",
      "created_at": "Tue Jul 01 22:32:41 +0000 2025",
      "favorited": false,
      "full_text": "new lad on tills has an accent so thick i cant understand a word. why do they even hire ppl who cant speak proper english",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1937626305593648837"
          ],
          "editableUntil": "2025-06-24T22:38:05.000Z",
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
      "favorite_count": "1",
      "id_str": "1937626305593648837",
      "truncated": false,
      "retweet_count": "0",
      "id": "1937626305593648837",
      "created_at": "Tue Jun 24 21:38:05 +0000 2025",
      "favorited": false,
      "full_text": "boarding pass just came thru ✈️ ibiza here we come. booking ref K7QZPM seat 23F, whos on my flight",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1929729262556878601"
          ],
          "editableUntil": "2025-06-03T03:38:03.000Z",
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
        "47"
      ],
      "favorite_count": "12",
      "id_str": "1929729262556878601",
      "truncated": false,
      "retweet_count": "0",
      "id": "1929729262556878601",
      "created_at": "Tue Jun 03 02:38:03 +0000 2025",
      "favorited": false,
      "full_text": "the new girl on bakery 🍑🍑🍑 no further questions",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1920842421062757310"
          ],
          "editableUntil": "2025-05-09T15:04:55.000Z",
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
            "name": "spicy 🌶️",
            "screen_name": "spicyrl_",
            "indices": [
              "3",
              "12"
            ],
            "id_str": "5636365333",
            "id": "5636365333"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "79"
      ],
      "favorite_count": "0",
      "id_str": "1920842421062757310",
      "truncated": false,
      "retweet_count": "0",
      "id": "1920842421062757310",
      "created_at": "Fri May 09 14:04:55 +0000 2025",
      "favorited": false,
      "full_text": "RT @spicyrl_: new 18+ vids up 🔥 link in bio. rocket league girls do it better 💦",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1920745225441666945"
          ],
          "editableUntil": "2025-05-09T08:38:42.000Z",
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
      "favorite_count": "1",
      "id_str": "1920745225441666945",
      "truncated": false,
      "retweet_count": "0",
      "id": "1920745225441666945",
      "created_at": "Fri May 09 07:38:42 +0000 2025",
      "favorited": false,
      "full_text": "booked flights for the RLCS major!! FR 8164 out of manchester, hotel sorted, absolutely buzzing 🙌",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1917875457311727409"
          ],
          "editableUntil": "2025-05-01T10:35:16.000Z",
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
      "favorite_count": "0",
      "id_str": "1917875457311727409",
      "truncated": false,
      "retweet_count": "2",
      "id": "1917875457311727409",
      "created_at": "Thu May 01 09:35:16 +0000 2025",
      "favorited": false,
      "full_text": "tried to tell my RL team my cousin lives in scunthorpe and the chat filter turned it into s****horpe 💀",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1906732280008998099"
          ],
          "editableUntil": "2025-03-31T16:36:15.000Z",
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
            "url": "https://t.co/Qm4xT7bLpz",
            "expanded_url": "https://youtu.be/8fKc2Lw9rTq",
            "display_url": "youtu.be/8fKc2Lw9rTq",
            "indices": [
              "71",
              "94"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "94"
      ],
      "favorite_count": "7",
      "id_str": "1906732280008998099",
      "truncated": false,
      "retweet_count": "1",
      "id": "1906732280008998099",
      "created_at": "Mon Mar 31 15:36:15 +0000 2025",
      "favorited": false,
      "full_text": "shot of the year contender. ceiling shot → air dribble → bump → goal 👇 https://t.co/Qm4xT7bLpz",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1904879551655701049"
          ],
          "editableUntil": "2025-03-26T13:54:10.000Z",
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
      "favorite_count": "4",
      "id_str": "1904879551655701049",
      "truncated": false,
      "retweet_count": "0",
      "id": "1904879551655701049",
      "created_at": "Wed Mar 26 12:54:10 +0000 2025",
      "favorited": false,
      "full_text": "demo'd the same guy 6 times in one game and he rage quit. violence is never the answer (except in rocket league)",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1902088607348543459"
          ],
          "editableUntil": "2025-03-18T21:03:57.000Z",
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
      "favorite_count": "1",
      "id_str": "1902088607348543459",
      "truncated": false,
      "retweet_count": "0",
      "id": "1902088607348543459",
      "created_at": "Tue Mar 18 20:03:57 +0000 2025",
      "favorited": false,
      "full_text": "manager said 'we're like a family here' then cut everyones hours before xmas. family that dont pay you i guess",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1895812181743525998"
          ],
          "editableUntil": "2025-03-01T13:23:41.000Z",
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
      "id_str": "1895812181743525998",
      "truncated": false,
      "retweet_count": "0",
      "id": "1895812181743525998",
      "created_at": "Sat Mar 01 12:23:41 +0000 2025",
      "favorited": false,
      "full_text": "customers who pay for a £3.40 meal deal in 1p coins should be banned from society. looking at u mr flat cap every tuesday",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1881059963630253838"
          ],
          "editableUntil": "2025-01-19T20:23:38.000Z",
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
            "name": "Rocket League",
            "screen_name": "RocketLeague",
            "indices": [
              "3",
              "16"
            ],
            "id_str": "532090180",
            "id": "532090180"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "94"
      ],
      "favorite_count": "0",
      "id_str": "1881059963630253838",
      "truncated": false,
      "retweet_count": "0",
      "id": "1881059963630253838",
      "created_at": "Sun Jan 19 19:23:38 +0000 2025",
      "favorited": false,
      "full_text": "RT @RocketLeague: Season 19 starts next week! New arena, new rewards, same car soccer chaos 🚗⚽",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1880711157445253453"
          ],
          "editableUntil": "2025-01-18T21:17:36.000Z",
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
      "favorite_count": "7",
      "id_str": "1880711157445253453",
      "truncated": false,
      "retweet_count": "0",
      "id": "1880711157445253453",
      "created_at": "Sat Jan 18 20:17:36 +0000 2025",
      "favorited": false,
      "full_text": "old people shouldnt be allowed near the self checkout. put them all on till 1 and let the rest of us live",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1875612495385964677"
          ],
          "editableUntil": "2025-01-04T19:37:20.000Z",
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
      "favorite_count": "0",
      "id_str": "1875612495385964677",
      "truncated": false,
      "retweet_count": "0",
      "id": "1875612495385964677",
      "created_at": "Sat Jan 04 18:37:20 +0000 2025",
      "favorited": false,
      "full_text": "if anyone found a black wallet near the interchange its mine, text me on 07700 900417 pls 🙏 got my whole life in there",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1874587967896195406"
          ],
          "editableUntil": "2025-01-01T23:46:14.000Z",
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
      "favorite_count": "12",
      "id_str": "1874587967896195406",
      "truncated": false,
      "retweet_count": "0",
      "id": "1874587967896195406",
      "created_at": "Wed Jan 01 22:46:14 +0000 2025",
      "favorited": false,
      "full_text": "my nan thinks 'ranked' is a swear word and 'boost' is drugs. explained for 20 mins. she's still worried about me",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1873743008758553443"
          ],
          "editableUntil": "2024-12-30T15:48:40.000Z",
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
      "favorite_count": "1",
      "id_str": "1873743008758553443",
      "truncated": false,
      "retweet_count": "2",
      "id": "1873743008758553443",
      "created_at": "Mon Dec 30 14:48:40 +0000 2024",
      "favorited": false,
      "full_text": "got chased by a police car on the ring road last night, lost them round the back of the retail park 😂 never felt so alive",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1873133305703772707"
          ],
          "editableUntil": "2024-12-28T23:25:55.000Z",
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
      "id_str": "1873133305703772707",
      "truncated": false,
      "retweet_count": "0",
      "id": "1873133305703772707",
      "created_at": "Sat Dec 28 22:25:55 +0000 2024",
      "favorited": false,
      "full_text": "trying to learn to cook. made pasta. its fine. its pasta.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1872864818200166303"
          ],
          "editableUntil": "2024-12-28T05:39:03.000Z",
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
        "49"
      ],
      "favorite_count": "3",
      "id_str": "1872864818200166303",
      "truncated": false,
      "retweet_count": "0",
      "id": "1872864818200166303",
      "created_at": "Sat Dec 28 04:39:03 +0000 2024",
      "favorited": false,
      "full_text": "HIT CHAMP 2 IN 2s!!! 3 years of grinding for this",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1871840558605767180"
          ],
          "editableUntil": "2024-12-25T09:49:00.000Z",
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
      "favorite_count": "4",
      "id_str": "1871840558605767180",
      "truncated": false,
      "retweet_count": "2",
      "id": "1871840558605767180",
      "created_at": "Wed Dec 25 08:49:00 +0000 2024",
      "favorited": false,
      "full_text": "for everyone asking: online order problems go to the customer helpline 0113 496 0732, not me on till 4. i cannot fix ur missing yoghurts",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1870555146343661327"
          ],
          "editableUntil": "2024-12-21T20:41:14.000Z",
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
        "84"
      ],
      "favorite_count": "0",
      "id_str": "1870555146343661327",
      "truncated": false,
      "retweet_count": "0",
      "id": "1870555146343661327",
      "created_at": "Sat Dec 21 19:41:14 +0000 2024",
      "favorited": false,
      "full_text": "mums birthday so took her to frankie &amp; bennys, she cried when they sang. worth it ❤️",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1868213568475688578"
          ],
          "editableUntil": "2024-12-15T09:36:39.000Z",
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
      "favorite_count": "1",
      "id_str": "1868213568475688578",
      "truncated": false,
      "retweet_count": "0",
      "id": "1868213568475688578",
      "created_at": "Sun Dec 15 08:36:39 +0000 2024",
      "favorited": false,
      "full_text": "order no. 4471-220-918 still says 'packing'. 3 days. for a controller.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1867979108317881008"
          ],
          "editableUntil": "2024-12-14T18:04:59.000Z",
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
        "58"
      ],
      "favorite_count": "0",
      "id_str": "1867979108317881008",
      "truncated": false,
      "retweet_count": "0",
      "id": "1867979108317881008",
      "created_at": "Sat Dec 14 17:04:59 +0000 2024",
      "favorited": false,
      "full_text": "wake n bake then 6 hrs of ranked. diamond 3 here i come 🍃💨",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1864370937013463678"
          ],
          "editableUntil": "2024-12-04T19:07:24.000Z",
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
      "favorite_count": "1",
      "id_str": "1864370937013463678",
      "truncated": false,
      "retweet_count": "1",
      "id": "1864370937013463678",
      "created_at": "Wed Dec 04 18:07:24 +0000 2024",
      "favorited": false,
      "full_text": "someone at my till just bought 14 bottles of prosecco and one (1) cucumber. party of the year apparently",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1861182875157362409"
          ],
          "editableUntil": "2024-11-25T23:59:11.000Z",
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
            "name": "kez",
            "screen_name": "kezzaRL",
            "indices": [
              "0",
              "8"
            ],
            "id_str": "942259692128784147",
            "id": "942259692128784147"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "9",
        "74"
      ],
      "favorite_count": "1",
      "id_str": "1861182875157362409",
      "truncated": false,
      "retweet_count": "0",
      "id": "1861182875157362409",
      "created_at": "Mon Nov 25 22:59:11 +0000 2024",
      "favorited": false,
      "full_text": "@kezzaRL stfu and send nudes then, u owe me after whiffing that open net 😂",
      "lang": "en",
      "in_reply_to_status_id_str": "1806907990580383769",
      "in_reply_to_status_id": "1806907990580383769",
      "in_reply_to_user_id": "942259692128784147",
      "in_reply_to_user_id_str": "942259692128784147",
      "in_reply_to_screen_name": "kezzaRL"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1858799385064117767"
          ],
          "editableUntil": "2024-11-19T10:08:02.000Z",
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
      "id_str": "1858799385064117767",
      "truncated": false,
      "retweet_count": "0",
      "id": "1858799385064117767",
      "created_at": "Tue Nov 19 09:08:02 +0000 2024",
      "favorited": false,
      "full_text": "coworker just said 'im gonna murder a bacon sarnie' and ive never related to anything more",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1855506840811674627"
          ],
          "editableUntil": "2024-11-10T08:04:39.000Z",
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
            "name": "Sheffield News Desk",
            "screen_name": "SheffNewsDesk",
            "indices": [
              "3",
              "17"
            ],
            "id_str": "5153461835892335701",
            "id": "5153461835892335701"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "133"
      ],
      "favorite_count": "0",
      "id_str": "1855506840811674627",
      "truncated": false,
      "retweet_count": "0",
      "id": "1855506840811674627",
      "created_at": "Sun Nov 10 07:04:39 +0000 2024",
      "favorited": false,
      "full_text": "RT @SheffNewsDesk: Police appeal after several cars damaged on Middlewood Road overnight. Anyone with dashcam footage please call 101",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1850867929396792098"
          ],
          "editableUntil": "2024-10-28T12:51:16.000Z",
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
        "97"
      ],
      "favorite_count": "0",
      "id_str": "1850867929396792098",
      "truncated": false,
      "retweet_count": "1",
      "id": "1850867929396792098",
      "created_at": "Mon Oct 28 11:51:16 +0000 2024",
      "favorited": false,
      "full_text": "if the guy who keyed my car is reading this, i know where u live and im coming round with the bat",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1850688151927890884"
          ],
          "editableUntil": "2024-10-28T00:56:54.000Z",
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
      "favorite_count": "12",
      "id_str": "1850688151927890884",
      "truncated": false,
      "retweet_count": "0",
      "id": "1850688151927890884",
      "created_at": "Sun Oct 27 23:56:54 +0000 2024",
      "favorited": false,
      "full_text": "anyone got a plug round hillsborough way?? need a bit of ❄️ for saturday, dm me",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1845674542672049412"
          ],
          "editableUntil": "2024-10-14T04:54:36.000Z",
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
      "favorite_count": "1",
      "id_str": "1845674542672049412",
      "truncated": false,
      "retweet_count": "0",
      "id": "1845674542672049412",
      "created_at": "Mon Oct 14 03:54:36 +0000 2024",
      "favorited": false,
      "full_text": "till was 1p over when i cashed up. criminal mastermind",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1844399655144093559"
          ],
          "editableUntil": "2024-10-10T16:28:39.000Z",
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
      "favorite_count": "2",
      "id_str": "1844399655144093559",
      "truncated": false,
      "retweet_count": "1",
      "id": "1844399655144093559",
      "created_at": "Thu Oct 10 15:28:39 +0000 2024",
      "favorited": false,
      "full_text": "of course it was the fella in the turban who set the door alarm off. every single time",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1831015909714708268"
          ],
          "editableUntil": "2024-09-03T18:06:26.000Z",
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
        "63"
      ],
      "favorite_count": "31",
      "id_str": "1831015909714708268",
      "truncated": false,
      "retweet_count": "0",
      "id": "1831015909714708268",
      "created_at": "Tue Sep 03 17:06:26 +0000 2024",
      "favorited": false,
      "full_text": "lost 9 games in a row. this game is f***ing rigged i swear down",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1830933409288896948"
          ],
          "editableUntil": "2024-09-03T12:38:36.000Z",
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
      "favorite_count": "1",
      "id_str": "1830933409288896948",
      "truncated": false,
      "retweet_count": "1",
      "id": "1830933409288896948",
      "created_at": "Tue Sep 03 11:38:36 +0000 2024",
      "favorited": false,
      "full_text": "heard the shift leader on the phone, theyre shutting the hot food counter in january and none of the deli lot have been told yet 👀",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1823997641449398799"
          ],
          "editableUntil": "2024-08-15T09:18:20.000Z",
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
      "favorite_count": "4",
      "id_str": "1823997641449398799",
      "truncated": false,
      "retweet_count": "0",
      "id": "1823997641449398799",
      "created_at": "Thu Aug 15 08:18:20 +0000 2024",
      "favorited": false,
      "full_text": "payday. £1,134.62 for a month of scanning bananas. spending it all on a new controller obviously",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1821114816385171015"
          ],
          "editableUntil": "2024-08-07T10:23:01.000Z",
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
        "125"
      ],
      "favorite_count": "1",
      "id_str": "1821114816385171015",
      "truncated": false,
      "retweet_count": "2",
      "id": "1821114816385171015",
      "created_at": "Wed Aug 07 09:23:01 +0000 2024",
      "favorited": false,
      "full_text": "bloke tried to walk out with a trolley full of steak, followed him to the car park and laid him out. security gave me a nod 💀",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1819354971965112508"
          ],
          "editableUntil": "2024-08-02T13:50:01.000Z",
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
      "id_str": "1819354971965112508",
      "truncated": false,
      "retweet_count": "0",
      "id": "1819354971965112508",
      "created_at": "Fri Aug 02 12:50:01 +0000 2024",
      "favorited": false,
      "full_text": "no girls in our 3s squad, they just cant rotate. sorry not sorry",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1814952203620794826"
          ],
          "editableUntil": "2024-07-21T10:15:00.000Z",
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
      "favorite_count": "7",
      "id_str": "1814952203620794826",
      "truncated": false,
      "retweet_count": "0",
      "id": "1814952203620794826",
      "created_at": "Sun Jul 21 09:15:00 +0000 2024",
      "favorited": false,
      "full_text": "cock-a-leekie soup back in stock, someone alert the nans",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1813300758765699803"
          ],
          "editableUntil": "2024-07-16T20:52:45.000Z",
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
      "id_str": "1813300758765699803",
      "truncated": false,
      "retweet_count": "0",
      "id": "1813300758765699803",
      "created_at": "Tue Jul 16 19:52:45 +0000 2024",
      "favorited": false,
      "full_text": "ffs they've put me on 7am til close AGAIN. whoever does the rota has it in for me",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1812159625440919133"
          ],
          "editableUntil": "2024-07-13T17:18:17.000Z",
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
        "44"
      ],
      "favorite_count": "7",
      "id_str": "1812159625440919133",
      "truncated": false,
      "retweet_count": "2",
      "id": "1812159625440919133",
      "created_at": "Sat Jul 13 16:18:17 +0000 2024",
      "favorited": false,
      "full_text": "rocket league &gt; sleep. anyone up for casuals",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1808644838590060163"
          ],
          "editableUntil": "2024-07-04T00:31:47.000Z",
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
        "58"
      ],
      "favorite_count": "0",
      "id_str": "1808644838590060163",
      "truncated": false,
      "retweet_count": "0",
      "id": "1808644838590060163",
      "created_at": "Wed Jul 03 23:31:47 +0000 2024",
      "favorited": false,
      "full_text": "snow at 6am and the bus didnt turn up so i walked in. hero",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1805940943544476668"
          ],
          "editableUntil": "2024-06-26T13:27:28.000Z",
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
        "99"
      ],
      "favorite_count": "0",
      "id_str": "1805940943544476668",
      "truncated": false,
      "retweet_count": "0",
      "id": "1805940943544476668",
      "created_at": "Wed Jun 26 12:27:28 +0000 2024",
      "favorited": false,
      "full_text": "they got us a thank you pizza for christmas. one (1) pizza. between 19 of us. generous as ever lads",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1805720509930113646"
          ],
          "editableUntil": "2024-06-25T22:51:32.000Z",
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
      "favorite_count": "0",
      "id_str": "1805720509930113646",
      "truncated": false,
      "retweet_count": "0",
      "id": "1805720509930113646",
      "created_at": "Tue Jun 25 21:51:32 +0000 2024",
      "favorited": false,
      "full_text": "the lad they sacked last week for 'the trolley thing'? it wasnt trolleys it was stock loss, hes been on a written warning since july",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1804913404355992112"
          ],
          "editableUntil": "2024-06-23T17:24:23.000Z",
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
        "73"
      ],
      "favorite_count": "2",
      "id_str": "1804913404355992112",
      "truncated": false,
      "retweet_count": "0",
      "id": "1804913404355992112",
      "created_at": "Sun Jun 23 16:24:23 +0000 2024",
      "favorited": false,
      "full_text": "wtf is my teammate doing. spams 'nice shot!' right after i concede. mate.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1802826084027800647"
          ],
          "editableUntil": "2024-06-17T23:10:07.000Z",
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
      "id_str": "1802826084027800647",
      "truncated": false,
      "retweet_count": "0",
      "id": "1802826084027800647",
      "created_at": "Mon Jun 17 22:10:07 +0000 2024",
      "favorited": false,
      "full_text": "saw the pay sheet on the office desk and gemma on the same grade as me gets 80p an hour more. FUMING",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1802477925861343150"
          ],
          "editableUntil": "2024-06-17T00:06:40.000Z",
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
            "name": "matty 🚀",
            "screen_name": "mattyboosts",
            "indices": [
              "0",
              "12"
            ],
            "id_str": "631502147",
            "id": "631502147"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "13",
        "54"
      ],
      "favorite_count": "4",
      "id_str": "1802477925861343150",
      "truncated": false,
      "retweet_count": "2",
      "id": "1802477925861343150",
      "created_at": "Sun Jun 16 23:06:40 +0000 2024",
      "favorited": false,
      "full_text": "@mattyboosts gg that was a massacre lol. rematch tmrw?",
      "lang": "en",
      "in_reply_to_status_id_str": "1737461042886228443",
      "in_reply_to_status_id": "1737461042886228443",
      "in_reply_to_user_id": "631502147",
      "in_reply_to_user_id_str": "631502147",
      "in_reply_to_screen_name": "mattyboosts"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1800926836584025338"
          ],
          "editableUntil": "2024-06-12T17:23:12.000Z",
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
      "favorite_count": "31",
      "id_str": "1800926836584025338",
      "truncated": false,
      "retweet_count": "0",
      "id": "1800926836584025338",
      "created_at": "Wed Jun 12 16:23:12 +0000 2024",
      "favorited": false,
      "full_text": "12 jägerbombs and i STILL drove everyone home after. built different 😤",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1794852130103559329"
          ],
          "editableUntil": "2024-05-26T23:04:29.000Z",
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
        "92"
      ],
      "favorite_count": "7",
      "id_str": "1794852130103559329",
      "truncated": false,
      "retweet_count": "1",
      "id": "1794852130103559329",
      "created_at": "Sun May 26 22:04:29 +0000 2024",
      "favorited": false,
      "full_text": "took a load of monsters home in my coat again. 2 years here on minimum wage, call it a bonus",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1790828552092560556"
          ],
          "editableUntil": "2024-05-15T20:36:13.000Z",
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
            "name": "Dean",
            "screen_name": "deano_k",
            "indices": [
              "0",
              "8"
            ],
            "id_str": "6583819545",
            "id": "6583819545"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "9",
        "74"
      ],
      "favorite_count": "12",
      "id_str": "1790828552092560556",
      "truncated": false,
      "retweet_count": "2",
      "id": "1790828552092560556",
      "created_at": "Wed May 15 19:36:13 +0000 2024",
      "favorited": false,
      "full_text": "@deano_k bro i was so baked last night i thought my car was the ball lmfao",
      "lang": "en",
      "in_reply_to_status_id_str": "1769718364887050142",
      "in_reply_to_status_id": "1769718364887050142",
      "in_reply_to_user_id": "6583819545",
      "in_reply_to_user_id_str": "6583819545",
      "in_reply_to_screen_name": "deano_k"
    }
  }
]