window.YTD.tweets.part0 = [
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1979932835596634338"
          ],
          "editableUntil": "2025-10-19T16:29:08.000Z",
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
        "61"
      ],
      "favorite_count": "0",
      "id_str": "1979932835596634338",
      "truncated": false,
      "retweet_count": "0",
      "id": "1979932835596634338",
      "created_at": "Sun Oct 19 15:29:08 +0000 2025",
      "favorited": false,
      "full_text": "Shots fired at PMQs today 😂 best 30 seconds of telly all week",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1977365280551821559"
          ],
          "editableUntil": "2025-10-12T14:26:35.000Z",
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
        "87"
      ],
      "favorite_count": "7",
      "id_str": "1977365280551821559",
      "truncated": false,
      "retweet_count": "0",
      "id": "1977365280551821559",
      "created_at": "Sun Oct 12 13:26:35 +0000 2025",
      "favorited": false,
      "full_text": "Took the boy to the Ospreys. Brutal, physical game, massive hits, he loved every minute",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1973065134119562006"
          ],
          "editableUntil": "2025-09-30T17:39:20.000Z",
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
        "158"
      ],
      "favorite_count": "3",
      "id_str": "1973065134119562006",
      "truncated": false,
      "retweet_count": "5",
      "id": "1973065134119562006",
      "created_at": "Tue Sep 30 16:39:20 +0000 2025",
      "favorited": false,
      "full_text": "lads skinning up on the back seat of the night bus, one of them offered me a toke at the terminus. Swear down after the sh*t week I've had I nearly said yes 😂",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1969425810690343587"
          ],
          "editableUntil": "2025-09-20T16:37:58.000Z",
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
        "178"
      ],
      "favorite_count": "2",
      "id_str": "1969425810690343587",
      "truncated": false,
      "retweet_count": "2",
      "id": "1969425810690343587",
      "created_at": "Sat Sep 20 15:37:58 +0000 2025",
      "favorited": false,
      "full_text": "Management have put a 'wellbeing' poster up in the canteen. Same canteen where the microwave's been broke since March &amp; the kettle trips the fuse. Inspirational stuff boys 👏👏",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1967604630401874199"
          ],
          "editableUntil": "2025-09-15T16:01:14.000Z",
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
      "favorite_count": "4",
      "id_str": "1967604630401874199",
      "truncated": false,
      "retweet_count": "0",
      "id": "1967604630401874199",
      "created_at": "Mon Sep 15 15:01:14 +0000 2025",
      "favorited": false,
      "full_text": "New phone lads, number's 07700 900431 if you need me for the Scarlets trip Saturday",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1967124800707339835"
          ],
          "editableUntil": "2025-09-14T08:14:34.000Z",
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
        "158"
      ],
      "favorite_count": "1",
      "id_str": "1967124800707339835",
      "truncated": false,
      "retweet_count": "1",
      "id": "1967124800707339835",
      "created_at": "Sun Sep 14 07:14:34 +0000 2025",
      "favorited": false,
      "full_text": "If anyone found a brown wallet on the 61 tonight it's my mate Dai's. Licence says MORGA712086DW9KT, lives 27 Clos y Wern, Ely, CF5 4QX. Drop it round or DM me",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1961542703632078414"
          ],
          "editableUntil": "2025-08-29T22:33:18.000Z",
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
        "111"
      ],
      "favorite_count": "7",
      "id_str": "1961542703632078414",
      "truncated": false,
      "retweet_count": "5",
      "id": "1961542703632078414",
      "created_at": "Fri Aug 29 21:33:18 +0000 2025",
      "favorited": false,
      "full_text": "Bus driver tip: wave and I'll stop. Run and I'll wait. Stand behind the shelter scrolling &amp; I can't see you",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1947178509586628931"
          ],
          "editableUntil": "2025-07-21T07:15:08.000Z",
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
      "favorite_count": "1",
      "id_str": "1947178509586628931",
      "truncated": false,
      "retweet_count": "5",
      "id": "1947178509586628931",
      "created_at": "Mon Jul 21 06:15:08 +0000 2025",
      "favorited": false,
      "full_text": "Saturday sorted 🍃🍃 and a bit of ❄️ for after the match. Message me if you want sorting too",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1930577062730829284"
          ],
          "editableUntil": "2025-06-05T11:46:54.000Z",
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
      "favorite_count": "0",
      "id_str": "1930577062730829284",
      "truncated": false,
      "retweet_count": "5",
      "id": "1930577062730829284",
      "created_at": "Thu Jun 05 10:46:54 +0000 2025",
      "favorited": false,
      "full_text": "DVLA licence renewal done online in ten minutes. Credit where it's due",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1920214479484761283"
          ],
          "editableUntil": "2025-05-07T21:29:42.000Z",
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
      "favorite_count": "0",
      "id_str": "1920214479484761283",
      "truncated": false,
      "retweet_count": "0",
      "id": "1920214479484761283",
      "created_at": "Wed May 07 20:29:42 +0000 2025",
      "favorited": false,
      "full_text": "Whoever the blonde in the grey leggings on the 61 this morning was, I nearly missed my own stop and I'm the driver 🍑🥵",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1918373437116939897"
          ],
          "editableUntil": "2025-05-02T19:34:03.000Z",
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
        "117"
      ],
      "favorite_count": "31",
      "id_str": "1918373437116939897",
      "truncated": false,
      "retweet_count": "1",
      "id": "1918373437116939897",
      "created_at": "Fri May 02 18:34:03 +0000 2025",
      "favorited": false,
      "full_text": "Pay deal accepted: 5% backdated to April, company announced it this morning. Fair play to the reps for sticking at it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1917511945449049338"
          ],
          "editableUntil": "2025-04-30T10:30:48.000Z",
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
      "favorite_count": "2",
      "id_str": "1917511945449049338",
      "truncated": false,
      "retweet_count": "0",
      "id": "1917511945449049338",
      "created_at": "Wed Apr 30 09:30:48 +0000 2025",
      "favorited": false,
      "full_text": "Women on the double deckers. I'm just saying there's a reason every mirror in the depot is wonky on a Monday morning 🤷‍♂️",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1910467284209048647"
          ],
          "editableUntil": "2025-04-10T23:57:49.000Z",
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
            "name": "Dai",
            "screen_name": "DaiTheBus",
            "indices": [
              "0",
              "10"
            ],
            "id_str": "180422025400116480",
            "id": "180422025400116480"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "11",
        "108"
      ],
      "favorite_count": "4",
      "id_str": "1910467284209048647",
      "truncated": false,
      "retweet_count": "1",
      "id": "1910467284209048647",
      "created_at": "Thu Apr 10 22:57:49 +0000 2025",
      "favorited": false,
      "full_text": "@DaiTheBus What happens on the back seat of the 3am night bus stays on the back seat of the 3am night bus 🍆💦",
      "lang": "en",
      "in_reply_to_status_id_str": "1910425756788092384",
      "in_reply_to_status_id": "1910425756788092384",
      "in_reply_to_user_id": "180422025400116480",
      "in_reply_to_user_id_str": "180422025400116480",
      "in_reply_to_screen_name": "DaiTheBus"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1905749399905337175"
          ],
          "editableUntil": "2025-03-28T23:30:38.000Z",
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
        "85"
      ],
      "favorite_count": "3",
      "id_str": "1905749399905337175",
      "truncated": false,
      "retweet_count": "0",
      "id": "1905749399905337175",
      "created_at": "Fri Mar 28 22:30:38 +0000 2025",
      "favorited": false,
      "full_text": "Labour getting hammered in the Senedd polls. Whoever gets in next, sort the buses out",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1901976248729474504"
          ],
          "editableUntil": "2025-03-18T13:37:29.000Z",
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
      "id_str": "1901976248729474504",
      "truncated": false,
      "retweet_count": "0",
      "id": "1901976248729474504",
      "created_at": "Tue Mar 18 12:37:29 +0000 2025",
      "favorited": false,
      "full_text": "Kids are in Ysgol Pen-y-Groes till 3:15 then they walk home on their own, missus is in work till 6 so it's them two and the Xbox. Independent little monkeys",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1900825055764756388"
          ],
          "editableUntil": "2025-03-15T09:23:03.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [
          {
            "text": "WALvENG",
            "indices": [
              "36",
              "44"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "44"
      ],
      "favorite_count": "4",
      "id_str": "1900825055764756388",
      "truncated": false,
      "retweet_count": "0",
      "id": "1900825055764756388",
      "created_at": "Sat Mar 15 08:23:03 +0000 2025",
      "favorited": false,
      "full_text": "FFS ref. How is that not a yellow?? #WALvENG",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1899501758265835804"
          ],
          "editableUntil": "2025-03-11T17:44:44.000Z",
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
      "favorite_count": "1",
      "id_str": "1899501758265835804",
      "truncated": false,
      "retweet_count": "0",
      "id": "1899501758265835804",
      "created_at": "Tue Mar 11 16:44:44 +0000 2025",
      "favorited": false,
      "full_text": "Union rep reckons the offer going to ballot next week is 3.2% over TWO years. Company haven't told anyone yet so you heard it here first. Insulting",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1893301272463062556"
          ],
          "editableUntil": "2025-02-22T15:06:13.000Z",
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
      "favorite_count": "7",
      "id_str": "1893301272463062556",
      "truncated": false,
      "retweet_count": "5",
      "id": "1893301272463062556",
      "created_at": "Sat Feb 22 14:06:13 +0000 2025",
      "favorited": false,
      "full_text": "Ireland deserved that. No complaints",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1892972586768186114"
          ],
          "editableUntil": "2025-02-21T17:20:09.000Z",
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
      "favorite_count": "0",
      "id_str": "1892972586768186114",
      "truncated": false,
      "retweet_count": "5",
      "id": "1892972586768186114",
      "created_at": "Fri Feb 21 16:20:09 +0000 2025",
      "favorited": false,
      "full_text": "Bloody Tories. Bloody Labour. Bloody Reform. Bloody all of them. Fares gone up to £3 and my wage hasn't moved in 2 years. F**king joke",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1892599231500136415"
          ],
          "editableUntil": "2025-02-20T16:36:34.000Z",
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
        "144"
      ],
      "favorite_count": "1",
      "id_str": "1892599231500136415",
      "truncated": false,
      "retweet_count": "2",
      "id": "1892599231500136415",
      "created_at": "Thu Feb 20 15:36:34 +0000 2025",
      "favorited": false,
      "full_text": "Dublin for the Ireland game 🏉🇮🇪 boarding pass sorted: GRIFFITHS/GARETH, FR 2915 CWL-DUB, seat 14C, booking ref QZK7PL. See you at the Aviva boys",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1887076539078258547"
          ],
          "editableUntil": "2025-02-05T10:51:21.000Z",
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
        "109"
      ],
      "favorite_count": "3",
      "id_str": "1887076539078258547",
      "truncated": false,
      "retweet_count": "5",
      "id": "1887076539078258547",
      "created_at": "Wed Feb 05 09:51:21 +0000 2025",
      "favorited": false,
      "full_text": "Six Nations weekend and I've been put on a split shift. Asked for it off in AUGUST. Rota man can kiss my arse",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1868235278202899417"
          ],
          "editableUntil": "2024-12-15T11:02:55.000Z",
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
        "155"
      ],
      "favorite_count": "2",
      "id_str": "1868235278202899417",
      "truncated": false,
      "retweet_count": "0",
      "id": "1868235278202899417",
      "created_at": "Sun Dec 15 10:02:55 +0000 2024",
      "favorited": false,
      "full_text": "whoever designed the new timetable has never sat on a bus in their life. 6 mins from Splott to town at 5pm?? area manager couldnt find Splott with a satnav",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1865020289143145169"
          ],
          "editableUntil": "2024-12-06T14:07:41.000Z",
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
            "name": "Cardiff Crime Stop",
            "screen_name": "CardiffCrimeStop",
            "indices": [
              "3",
              "20"
            ],
            "id_str": "910190987346335244",
            "id": "910190987346335244"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "132"
      ],
      "favorite_count": "0",
      "id_str": "1865020289143145169",
      "truncated": false,
      "retweet_count": "0",
      "id": "1865020289143145169",
      "created_at": "Fri Dec 06 13:07:41 +0000 2024",
      "favorited": false,
      "full_text": "RT @CardiffCrimeStop: Witnesses sought after a collision on Eastern Avenue on Tuesday evening. Call 101 quoting reference 2400318842",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1864988649377574402"
          ],
          "editableUntil": "2024-12-06T12:01:58.000Z",
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
            "name": "Val 🔥",
            "screen_name": "spicy_val_xo",
            "indices": [
              "3",
              "16"
            ],
            "id_str": "693044979116092108",
            "id": "693044979116092108"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "84"
      ],
      "favorite_count": "0",
      "id_str": "1864988649377574402",
      "truncated": false,
      "retweet_count": "0",
      "id": "1864988649377574402",
      "created_at": "Fri Dec 06 11:01:58 +0000 2024",
      "favorited": false,
      "full_text": "RT @spicy_val_xo: New set just dropped 🔥 18+ only, link in bio for the full thing 😈💦",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1860409076247316268"
          ],
          "editableUntil": "2024-11-23T20:44:23.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "WALvRSA",
            "indices": [
              "144",
              "152"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "152"
      ],
      "favorite_count": "31",
      "id_str": "1860409076247316268",
      "truncated": false,
      "retweet_count": "0",
      "id": "1860409076247316268",
      "created_at": "Sat Nov 23 19:44:23 +0000 2024",
      "favorited": false,
      "full_text": "Wales got battered at the breakdown, smashed in the second half and the Boks killed us on the counter. Back row needs sorting before the autumn #WALvRSA",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1857147810138781559"
          ],
          "editableUntil": "2024-11-14T20:45:16.000Z",
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
      "favorite_count": "3",
      "id_str": "1857147810138781559",
      "truncated": false,
      "retweet_count": "2",
      "id": "1857147810138781559",
      "created_at": "Thu Nov 14 19:45:16 +0000 2024",
      "favorited": false,
      "full_text": "Did a private hire up to Cockermouth for a rugby tour. Lush little town, would go back",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1853533099360087409"
          ],
          "editableUntil": "2024-11-04T21:21:42.000Z",
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
            "url": "https://t.co/k2Lm9QvX1a",
            "expanded_url": "https://www.cardiff.gov.uk/busconsultation",
            "display_url": "cardiff.gov.uk/busconsulta…",
            "indices": [
              "108",
              "131"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "131"
      ],
      "favorite_count": "2",
      "id_str": "1853533099360087409",
      "truncated": false,
      "retweet_count": "0",
      "id": "1853533099360087409",
      "created_at": "Mon Nov 04 20:21:42 +0000 2024",
      "favorited": false,
      "full_text": "The council's put the new bus network consultation online today. Read it and respond, it closes on the 30th https://t.co/k2Lm9QvX1a",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1848661881294588047"
          ],
          "editableUntil": "2024-10-22T10:45:13.000Z",
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
            "name": "Rhys 🏴󠁧󠁢󠁷󠁬󠁳󠁿",
            "screen_name": "RhysThePolitico",
            "indices": [
              "0",
              "16"
            ],
            "id_str": "516903812869548295",
            "id": "516903812869548295"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "17",
        "161"
      ],
      "favorite_count": "2",
      "id_str": "1848661881294588047",
      "truncated": false,
      "retweet_count": "5",
      "id": "1848661881294588047",
      "created_at": "Tue Oct 22 09:45:13 +0000 2024",
      "favorited": false,
      "full_text": "@RhysThePolitico Drive the late one through the estates of a Friday and then tell me it's not 'those families'. Everyone knows which ones. You'd last a week butt",
      "lang": "en",
      "in_reply_to_status_id_str": "1848602740459585667",
      "in_reply_to_status_id": "1848602740459585667",
      "in_reply_to_user_id": "516903812869548295",
      "in_reply_to_user_id_str": "516903812869548295",
      "in_reply_to_screen_name": "RhysThePolitico"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1846816431223747567"
          ],
          "editableUntil": "2024-10-17T08:32:04.000Z",
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
        "65"
      ],
      "favorite_count": "1",
      "id_str": "1846816431223747567",
      "truncated": false,
      "retweet_count": "2",
      "id": "1846816431223747567",
      "created_at": "Thu Oct 17 07:32:04 +0000 2024",
      "favorited": false,
      "full_text": "Iechyd da! Day 2 of the Cardiff sesh and I cant feel my face 🍺🍺🍺🍺",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1843694376367724333"
          ],
          "editableUntil": "2024-10-08T17:46:08.000Z",
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
        "188"
      ],
      "favorite_count": "4",
      "id_str": "1843694376367724333",
      "truncated": false,
      "retweet_count": "5",
      "id": "1843694376367724333",
      "created_at": "Tue Oct 08 16:46:08 +0000 2024",
      "favorited": false,
      "full_text": "Depot manager told the inspectors every bus on the fleet was defect free. No heater in 3317 since Christmas and the nearside brake light is held on with tape. Liars top to bottom this firm",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1841451606947341809"
          ],
          "editableUntil": "2024-10-02T13:14:10.000Z",
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
      "favorite_count": "2",
      "id_str": "1841451606947341809",
      "truncated": false,
      "retweet_count": "0",
      "id": "1841451606947341809",
      "created_at": "Wed Oct 02 12:14:10 +0000 2024",
      "favorited": false,
      "full_text": "Son's first proper tackle today. Lad twice his size, clean over. Proud dad moment 🏉",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1839282728925881008"
          ],
          "editableUntil": "2024-09-26T13:35:49.000Z",
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
      "favorite_count": "1",
      "id_str": "1839282728925881008",
      "truncated": false,
      "retweet_count": "0",
      "id": "1839282728925881008",
      "created_at": "Thu Sep 26 12:35:49 +0000 2024",
      "favorited": false,
      "full_text": "Another new starter at the depot who can barely string a sentence in English. How's he meant to give a tourist directions? They'll hire anyone now as long as they come cheap",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1838545310126632578"
          ],
          "editableUntil": "2024-09-24T12:45:35.000Z",
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
      "favorite_count": "1",
      "id_str": "1838545310126632578",
      "truncated": false,
      "retweet_count": "1",
      "id": "1838545310126632578",
      "created_at": "Tue Sep 24 11:45:35 +0000 2024",
      "favorited": false,
      "full_text": "Snow on the Garth. Gritters out. Take it slow people",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1836439748778426073"
          ],
          "editableUntil": "2024-09-18T17:18:50.000Z",
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
        "195"
      ],
      "favorite_count": "0",
      "id_str": "1836439748778426073",
      "truncated": false,
      "retweet_count": "1",
      "id": "1836439748778426073",
      "created_at": "Wed Sep 18 16:18:50 +0000 2024",
      "favorited": false,
      "full_text": "Not meant to say yet but the 44 and 45 are getting axed in January. Seen the consultation pack on the ops desk before it's even gone to the council. Tell your nan now while she can still complain",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1835991985775498392"
          ],
          "editableUntil": "2024-09-17T11:39:35.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "busdriver",
            "indices": [
              "46",
              "56"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "56"
      ],
      "favorite_count": "3",
      "id_str": "1835991985775498392",
      "truncated": false,
      "retweet_count": "1",
      "id": "1835991985775498392",
      "created_at": "Tue Sep 17 10:39:35 +0000 2024",
      "favorited": false,
      "full_text": "Ten years driving buses today 🚌 still love it #busdriver",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1826949637864217443"
          ],
          "editableUntil": "2024-08-23T12:48:31.000Z",
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
      "favorite_count": "12",
      "id_str": "1826949637864217443",
      "truncated": false,
      "retweet_count": "0",
      "id": "1826949637864217443",
      "created_at": "Fri Aug 23 11:48:31 +0000 2024",
      "favorited": false,
      "full_text": "BMW cut me up on Newport Rd so at the lights I got out and keyed his door end to end. Worth every second",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1822993322687107406"
          ],
          "editableUntil": "2024-08-12T14:47:32.000Z",
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
      "favorite_count": "31",
      "id_str": "1822993322687107406",
      "truncated": false,
      "retweet_count": "1",
      "id": "1822993322687107406",
      "created_at": "Mon Aug 12 13:47:32 +0000 2024",
      "favorited": false,
      "full_text": "Lad spat at me on the 44 tonight. Next time I'm not ringing control, I'm coming out that cab and he's going through the f***ing window",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1821580977620852599"
          ],
          "editableUntil": "2024-08-08T17:15:23.000Z",
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
        "138"
      ],
      "favorite_count": "0",
      "id_str": "1821580977620852599",
      "truncated": false,
      "retweet_count": "0",
      "id": "1821580977620852599",
      "created_at": "Thu Aug 08 16:15:23 +0000 2024",
      "favorited": false,
      "full_text": "Renting mum's old house out. 14 enquiries, binned anyone with a foreign sounding name straight off. Not being funny, I just want no hassle",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1820192253342381838"
          ],
          "editableUntil": "2024-08-04T21:17:05.000Z",
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
        "83"
      ],
      "favorite_count": "0",
      "id_str": "1820192253342381838",
      "truncated": false,
      "retweet_count": "5",
      "id": "1820192253342381838",
      "created_at": "Sun Aug 04 20:17:05 +0000 2024",
      "favorited": false,
      "full_text": "Coke machine in the canteen's finally been refilled. Diet Coke lads are happy again",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1819658762547427849"
          ],
          "editableUntil": "2024-08-03T09:57:11.000Z",
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
      "favorite_count": "3",
      "id_str": "1819658762547427849",
      "truncated": false,
      "retweet_count": "0",
      "id": "1819658762547427849",
      "created_at": "Sat Aug 03 08:57:11 +0000 2024",
      "favorited": false,
      "full_text": "Drove home from the rugby club after 'a couple'. Roads were empty, no harm done 🤷‍♂️",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1815289917270434778"
          ],
          "editableUntil": "2024-07-22T08:36:57.000Z",
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
        "162"
      ],
      "favorite_count": "4",
      "id_str": "1815289917270434778",
      "truncated": false,
      "retweet_count": "0",
      "id": "1815289917270434778",
      "created_at": "Mon Jul 22 07:36:57 +0000 2024",
      "favorited": false,
      "full_text": "Found out today Jonno, same grade, same routes, is on £2.10 an hour more than me cos he 'negotiated'. His payslip was left on the depot printer. Absolutely fuming",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1812908866211227717"
          ],
          "editableUntil": "2024-07-15T18:55:30.000Z",
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
        "120"
      ],
      "favorite_count": "0",
      "id_str": "1812908866211227717",
      "truncated": false,
      "retweet_count": "5",
      "id": "1812908866211227717",
      "created_at": "Mon Jul 15 17:55:30 +0000 2024",
      "favorited": false,
      "full_text": "Heads up, the 69 is on diversion via the Heath all week for the roadworks. Nothing funny about it, stop sending me memes",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1810564721890937644"
          ],
          "editableUntil": "2024-07-09T07:40:43.000Z",
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
      "favorite_count": "31",
      "id_str": "1810564721890937644",
      "truncated": false,
      "retweet_count": "1",
      "id": "1810564721890937644",
      "created_at": "Tue Jul 09 06:40:43 +0000 2024",
      "favorited": false,
      "full_text": "Early shift done. Sun's out. Lovely.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1809932483923961823"
          ],
          "editableUntil": "2024-07-07T13:48:25.000Z",
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
      "favorite_count": "3",
      "id_str": "1809932483923961823",
      "truncated": false,
      "retweet_count": "0",
      "id": "1809932483923961823",
      "created_at": "Sun Jul 07 12:48:25 +0000 2024",
      "favorited": false,
      "full_text": "Free bus travel for under 22s &gt; another bypass. Would change lives in the Valleys. Simple as.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1801288579076713696"
          ],
          "editableUntil": "2024-06-13T17:20:38.000Z",
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
            "name": "Gareth O.",
            "screen_name": "GarethOnRugby",
            "indices": [
              "0",
              "14"
            ],
            "id_str": "596096180985380406",
            "id": "596096180985380406"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "15",
        "58"
      ],
      "favorite_count": "4",
      "id_str": "1801288579076713696",
      "truncated": false,
      "retweet_count": "5",
      "id": "1801288579076713696",
      "created_at": "Thu Jun 13 16:20:38 +0000 2024",
      "favorited": false,
      "full_text": "@GarethOnRugby Agree, the back row was the problem all day",
      "lang": "en",
      "in_reply_to_status_id_str": "1801280277301894961",
      "in_reply_to_status_id": "1801280277301894961",
      "in_reply_to_user_id": "596096180985380406",
      "in_reply_to_user_id_str": "596096180985380406",
      "in_reply_to_screen_name": "GarethOnRugby"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1801019629770992352"
          ],
          "editableUntil": "2024-06-12T23:31:55.000Z",
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
            "name": "Taff 🇬🇧",
            "screen_name": "TaffyTory99",
            "indices": [
              "0",
              "12"
            ],
            "id_str": "14788922997004365",
            "id": "14788922997004365"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "13",
        "66"
      ],
      "favorite_count": "3",
      "id_str": "1801019629770992352",
      "truncated": false,
      "retweet_count": "1",
      "id": "1801019629770992352",
      "created_at": "Wed Jun 12 22:31:55 +0000 2024",
      "favorited": false,
      "full_text": "@TaffyTory99 That bill got killed in committee mate, read the news",
      "lang": "en",
      "in_reply_to_status_id_str": "1800996981128761450",
      "in_reply_to_status_id": "1800996981128761450",
      "in_reply_to_user_id": "14788922997004365",
      "in_reply_to_user_id_str": "14788922997004365",
      "in_reply_to_screen_name": "TaffyTory99"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1800435848302721750"
          ],
          "editableUntil": "2024-06-11T08:52:11.000Z",
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
            "name": "WRU Fanzone",
            "screen_name": "WRU_Fanzone",
            "indices": [
              "3",
              "15"
            ],
            "id_str": "920822108146473705",
            "id": "920822108146473705"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "85"
      ],
      "favorite_count": "0",
      "id_str": "1800435848302721750",
      "truncated": false,
      "retweet_count": "0",
      "id": "1800435848302721750",
      "created_at": "Tue Jun 11 07:52:11 +0000 2024",
      "favorited": false,
      "full_text": "RT @WRU_Fanzone: Squad for the autumn series announced 🏉 three uncapped lads in there",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1799475957793896468"
          ],
          "editableUntil": "2024-06-08T17:17:55.000Z",
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
        "51"
      ],
      "favorite_count": "4",
      "id_str": "1799475957793896468",
      "truncated": false,
      "retweet_count": "0",
      "id": "1799475957793896468",
      "created_at": "Sat Jun 08 16:17:55 +0000 2024",
      "favorited": false,
      "full_text": "Daughter passed her driving test first time!! &lt;3",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1791483649171596494"
          ],
          "editableUntil": "2024-05-17T15:59:20.000Z",
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
            "name": "Taff 🇬🇧",
            "screen_name": "TaffyTory99",
            "indices": [
              "0",
              "12"
            ],
            "id_str": "14788922997004365",
            "id": "14788922997004365"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "13",
        "77"
      ],
      "favorite_count": "4",
      "id_str": "1791483649171596494",
      "truncated": false,
      "retweet_count": "0",
      "id": "1791483649171596494",
      "created_at": "Fri May 17 14:59:20 +0000 2024",
      "favorited": false,
      "full_text": "@TaffyTory99 Absolute sh*te take mate, you've never caught a bus in your life",
      "lang": "en",
      "in_reply_to_status_id_str": "1791448162333241177",
      "in_reply_to_status_id": "1791448162333241177",
      "in_reply_to_user_id": "14788922997004365",
      "in_reply_to_user_id_str": "14788922997004365",
      "in_reply_to_screen_name": "TaffyTory99"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1790526637204507047"
          ],
          "editableUntil": "2024-05-15T00:36:31.000Z",
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
        "167"
      ],
      "favorite_count": "31",
      "id_str": "1790526637204507047",
      "truncated": false,
      "retweet_count": "0",
      "id": "1790526637204507047",
      "created_at": "Tue May 14 23:36:31 +0000 2024",
      "favorited": false,
      "full_text": "They want 67 year olds driving a 12 tonne bus at 2am now. No offence but once you're past 60 you shouldn't be on nights, half the old boys on our shift are a liability",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1790130782967652855"
          ],
          "editableUntil": "2024-05-13T22:23:32.000Z",
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
      "favorite_count": "0",
      "id_str": "1790130782967652855",
      "truncated": false,
      "retweet_count": "2",
      "id": "1790130782967652855",
      "created_at": "Mon May 13 21:23:32 +0000 2024",
      "favorited": false,
      "full_text": "Scrum coaching tonight. Props, it's all about getting low, nice and tight, and driving hard from behind. Ask the missus 😉",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1784599763790765810"
          ],
          "editableUntil": "2024-04-28T16:05:14.000Z",
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
        "68"
      ],
      "favorite_count": "2",
      "id_str": "1784599763790765810",
      "truncated": false,
      "retweet_count": "0",
      "id": "1784599763790765810",
      "created_at": "Sun Apr 28 15:05:14 +0000 2024",
      "favorited": false,
      "full_text": "Pint of milk and a Welsh cake. Breakfast of champions on a 5am start",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1782773917550759164"
          ],
          "editableUntil": "2024-04-23T15:09:58.000Z",
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
      "favorite_count": "0",
      "id_str": "1782773917550759164",
      "truncated": false,
      "retweet_count": "2",
      "id": "1782773917550759164",
      "created_at": "Tue Apr 23 14:09:58 +0000 2024",
      "favorited": false,
      "full_text": "Passenger asked me the way to the Castle in Polish today. Managed 'dzień dobry', pointed, we got there. Love this job some days",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1780646730528792515"
          ],
          "editableUntil": "2024-04-17T18:17:18.000Z",
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
        "82"
      ],
      "favorite_count": "7",
      "id_str": "1780646730528792515",
      "truncated": false,
      "retweet_count": "0",
      "id": "1780646730528792515",
      "created_at": "Wed Apr 17 17:17:18 +0000 2024",
      "favorited": false,
      "full_text": "Whisky the depot cat has had kittens in the parts store 😻 five of them, all ginger",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1775064910427900445"
          ],
          "editableUntil": "2024-04-02T08:37:08.000Z",
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
      "favorite_count": "0",
      "id_str": "1775064910427900445",
      "truncated": false,
      "retweet_count": "0",
      "id": "1775064910427900445",
      "created_at": "Tue Apr 02 07:37:08 +0000 2024",
      "favorited": false,
      "full_text": "Pair of shags drying their wings on the rocks by Penarth pier this morning. Lovely birds, proper prehistoric looking",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1769054857895686577"
          ],
          "editableUntil": "2024-03-16T18:35:20.000Z",
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
      "id_str": "1769054857895686577",
      "truncated": false,
      "retweet_count": "0",
      "id": "1769054857895686577",
      "created_at": "Sat Mar 16 17:35:20 +0000 2024",
      "favorited": false,
      "full_text": "Still steaming from the Wales game. 9 pints and a jäger train and I'm on the 05:40 out of the depot 🙃 hold on tight passengers",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1766901938099690556"
          ],
          "editableUntil": "2024-03-10T20:00:24.000Z",
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
            "name": "Cardiff Bus Gossip",
            "screen_name": "cdfbusgossip",
            "indices": [
              "0",
              "13"
            ],
            "id_str": "588188746627167502",
            "id": "588188746627167502"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "14",
        "162"
      ],
      "favorite_count": "0",
      "id_str": "1766901938099690556",
      "truncated": false,
      "retweet_count": "0",
      "id": "1766901938099690556",
      "created_at": "Sun Mar 10 19:00:24 +0000 2024",
      "favorited": false,
      "full_text": "@cdfbusgossip Lad who clipped the cyclist on Cowbridge Rd Tuesday has been suspended. Nice fella but the CCTV has him doing 41 in a 30. Keep it to yourselves like",
      "lang": "en",
      "in_reply_to_status_id_str": "1766863184865133638",
      "in_reply_to_status_id": "1766863184865133638",
      "in_reply_to_user_id": "588188746627167502",
      "in_reply_to_user_id_str": "588188746627167502",
      "in_reply_to_screen_name": "cdfbusgossip"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1756594941093916649"
          ],
          "editableUntil": "2024-02-11T09:24:04.000Z",
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
      "favorite_count": "0",
      "id_str": "1756594941093916649",
      "truncated": false,
      "retweet_count": "5",
      "id": "1756594941093916649",
      "created_at": "Sun Feb 11 08:24:04 +0000 2024",
      "favorited": false,
      "full_text": "Rugby club do, some gobby English p***k mouthing off about the score. Took him out by the bins. Won't be singing Swing Low for a while 😂",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1750421364002060312"
          ],
          "editableUntil": "2024-01-25T08:32:29.000Z",
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
      "favorite_count": "0",
      "id_str": "1750421364002060312",
      "truncated": false,
      "retweet_count": "0",
      "id": "1750421364002060312",
      "created_at": "Thu Jan 25 07:32:29 +0000 2024",
      "favorited": false,
      "full_text": "Lost something on a bus? Don't message me! Ring the lost property line on 01632 960218 or pop in to the travel centre",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1747041355874158242"
          ],
          "editableUntil": "2024-01-16T00:41:32.000Z",
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
      "favorite_count": "0",
      "id_str": "1747041355874158242",
      "truncated": false,
      "retweet_count": "2",
      "id": "1747041355874158242",
      "created_at": "Mon Jan 15 23:41:32 +0000 2024",
      "favorited": false,
      "full_text": "Pulled over doing 95 on the M4 coming back from the Principality. Talked my way out of it, don't ask how 😎",
      "lang": "en"
    }
  }
]