window.YTD.tweets.part0 = [
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1981693705072704078"
          ],
          "editableUntil": "2025-10-24T13:06:12.000Z",
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
      "id_str": "1981693705072704078",
      "truncated": false,
      "retweet_count": "2",
      "id": "1981693705072704078",
      "created_at": "Fri Oct 24 12:06:12 +0000 2025",
      "favorited": false,
      "full_text": "my boss is a tyrant. wakes me at 5, screams if breakfast is late, throws food on the floor. (the boss is 9 months old)",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1973494407207445749"
          ],
          "editableUntil": "2025-10-01T22:05:07.000Z",
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
            "name": "Benny COYS",
            "screen_name": "SpursBenny",
            "indices": [
              "0",
              "11"
            ],
            "id_str": "617216608655083377",
            "id": "617216608655083377"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "12",
        "107"
      ],
      "favorite_count": "1",
      "in_reply_to_status_id_str": "1973478009640457040",
      "in_reply_to_user_id": "617216608655083377",
      "id_str": "1973494407207445749",
      "truncated": false,
      "retweet_count": "2",
      "id": "1973494407207445749",
      "in_reply_to_status_id": "1973478009640457040",
      "created_at": "Wed Oct 01 21:05:07 +0000 2025",
      "favorited": false,
      "full_text": "@SpursBenny stfu about VAR mate you support a team that hadnt won owt since the invention of the smartphone",
      "lang": "en",
      "in_reply_to_screen_name": "SpursBenny",
      "in_reply_to_user_id_str": "617216608655083377"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1969137788682600056"
          ],
          "editableUntil": "2025-09-19T21:33:28.000Z",
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
      "favorite_count": "14",
      "id_str": "1969137788682600056",
      "truncated": false,
      "retweet_count": "0",
      "id": "1969137788682600056",
      "created_at": "Fri Sep 19 20:33:28 +0000 2025",
      "favorited": false,
      "full_text": "lads whats the etiquette delivering to an onlyfans girl, do we get a discount 😂🍆💦",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1968267717751812133"
          ],
          "editableUntil": "2025-09-17T11:56:07.000Z",
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
            "name": "Daz 💙💛",
            "screen_name": "dazzler_lufc",
            "indices": [
              "0",
              "13"
            ],
            "id_str": "912352042010243438",
            "id": "912352042010243438"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "14",
        "166"
      ],
      "favorite_count": "6",
      "in_reply_to_status_id_str": "1968264590489761560",
      "in_reply_to_user_id": "912352042010243438",
      "id_str": "1968267717751812133",
      "truncated": false,
      "retweet_count": "0",
      "id": "1968267717751812133",
      "in_reply_to_status_id": "1968264590489761560",
      "created_at": "Wed Sep 17 10:56:07 +0000 2025",
      "favorited": false,
      "full_text": "@dazzler_lufc the fella robbing parcels off doorsteps round Harehills drives a white transit YX19 KDF and lives at 22 Moor View. he wants to pray I dont see him first",
      "lang": "en",
      "in_reply_to_screen_name": "dazzler_lufc",
      "in_reply_to_user_id_str": "912352042010243438"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1967624408864806040"
          ],
          "editableUntil": "2025-09-15T17:19:50.000Z",
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
      "id_str": "1967624408864806040",
      "truncated": false,
      "retweet_count": "0",
      "id": "1967624408864806040",
      "created_at": "Mon Sep 15 16:19:50 +0000 2025",
      "favorited": false,
      "full_text": "depot tells the client our on-time rate is 94%. saw the real screen in the office today, 71%. the lies these people tell 😂",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1967169733016023365"
          ],
          "editableUntil": "2025-09-14T11:13:07.000Z",
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
      "favorite_count": "4",
      "id_str": "1967169733016023365",
      "truncated": false,
      "retweet_count": "1",
      "id": "1967169733016023365",
      "created_at": "Sun Sep 14 10:13:07 +0000 2025",
      "favorited": false,
      "full_text": "we got hammered 4-0 at villa. season over in september",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1957686194341551176"
          ],
          "editableUntil": "2025-08-19T07:08:55.000Z",
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
      "id_str": "1957686194341551176",
      "truncated": false,
      "retweet_count": "0",
      "id": "1957686194341551176",
      "created_at": "Tue Aug 19 06:08:55 +0000 2025",
      "favorited": false,
      "full_text": "random drug test at the depot this morning. all clear obviously, only thing in my system is Greggs",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1939417442881232873"
          ],
          "editableUntil": "2025-06-29T21:15:25.000Z",
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
      "id_str": "1939417442881232873",
      "truncated": false,
      "retweet_count": "0",
      "id": "1939417442881232873",
      "created_at": "Sun Jun 29 20:15:25 +0000 2025",
      "favorited": false,
      "full_text": "lady at 14 Acacia Grove LS8 has had her 4th Ann Summers box this month. box rattles like a maraca 😂 go on girl",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1934940951752340195"
          ],
          "editableUntil": "2025-06-17T12:47:27.000Z",
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
        "128"
      ],
      "favorite_count": "14",
      "id_str": "1934940951752340195",
      "truncated": false,
      "retweet_count": "1",
      "id": "1934940951752340195",
      "created_at": "Tue Jun 17 11:47:27 +0000 2025",
      "favorited": false,
      "full_text": "new lad at the depot is about 60. nice fella but nobody over 50 should be let near a delivery van, took him 3 hrs to do 40 drops",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1933970000429664681"
          ],
          "editableUntil": "2025-06-14T20:29:14.000Z",
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
      "id_str": "1933970000429664681",
      "truncated": false,
      "retweet_count": "0",
      "id": "1933970000429664681",
      "created_at": "Sat Jun 14 19:29:14 +0000 2025",
      "favorited": false,
      "full_text": "flight LS879 to Alicante delayed 3 hrs. terminal ran out of chairs at 5am. living the dream",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1929646415844773641"
          ],
          "editableUntil": "2025-06-02T22:08:51.000Z",
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
      "id_str": "1929646415844773641",
      "truncated": false,
      "retweet_count": "0",
      "id": "1929646415844773641",
      "created_at": "Mon Jun 02 21:08:51 +0000 2025",
      "favorited": false,
      "full_text": "our kid's first away game next week. 9 years old and already more loyal than the board",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1923644433021521413"
          ],
          "editableUntil": "2025-05-17T08:39:07.000Z",
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
      "favorite_count": "27",
      "id_str": "1923644433021521413",
      "truncated": false,
      "retweet_count": "2",
      "id": "1923644433021521413",
      "created_at": "Sat May 17 07:39:07 +0000 2025",
      "favorited": false,
      "full_text": "the milf at number 32 answered the door in her dressing gown again 👀🍑 good day at the office lads",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1919826853627554869"
          ],
          "editableUntil": "2025-05-06T19:49:25.000Z",
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
      "favorite_count": "14",
      "id_str": "1919826853627554869",
      "truncated": false,
      "retweet_count": "0",
      "id": "1919826853627554869",
      "created_at": "Tue May 06 18:49:25 +0000 2025",
      "favorited": false,
      "full_text": "lad in a golf tried racing me off the lights. didnt know the van's been remapped 😂 lost the police car at the roundabout too",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1919793164521585720"
          ],
          "editableUntil": "2025-05-06T17:35:33.000Z",
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
      "favorite_count": "2",
      "id_str": "1919793164521585720",
      "truncated": false,
      "retweet_count": "0",
      "id": "1919793164521585720",
      "created_at": "Tue May 06 16:35:33 +0000 2025",
      "favorited": false,
      "full_text": "manager just told us the new tracking app will \"empower drivers\". mate its a stopwatch. its literally a stopwatch with a logo on it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1911362973974393324"
          ],
          "editableUntil": "2025-04-13T11:16:59.000Z",
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
      "favorite_count": "14",
      "id_str": "1911362973974393324",
      "truncated": false,
      "retweet_count": "0",
      "id": "1911362973974393324",
      "created_at": "Sun Apr 13 10:16:59 +0000 2025",
      "favorited": false,
      "full_text": "couple of cans on my dinner never hurt anyone. still made every drop by 6 🍺🍺🚐",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1909329719018222886"
          ],
          "editableUntil": "2025-04-07T20:37:33.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [
          {
            "text": "LUFC",
            "indices": [
              "63",
              "68"
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
            "id_str": "379285975203789875",
            "id": "379285975203789875"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "68"
      ],
      "favorite_count": "0",
      "id_str": "1909329719018222886",
      "truncated": false,
      "retweet_count": "136",
      "id": "1909329719018222886",
      "created_at": "Mon Apr 07 19:37:33 +0000 2025",
      "favorited": false,
      "full_text": "RT @LUFC: 📋 TEAM NEWS | Here's how we line up this afternoon 👇 #LUFC",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1908486414925214905"
          ],
          "editableUntil": "2025-04-05T12:46:33.000Z",
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
      "favorite_count": "1",
      "id_str": "1908486414925214905",
      "truncated": false,
      "retweet_count": "0",
      "id": "1908486414925214905",
      "created_at": "Sat Apr 05 11:46:33 +0000 2025",
      "favorited": false,
      "full_text": "ordered a knuckle duster off a dodgy site, came listed as a \"belt buckle\" 😂 customs havent got a clue",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1897635436325694792"
          ],
          "editableUntil": "2025-03-06T14:08:39.000Z",
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
      "favorite_count": "9",
      "id_str": "1897635436325694792",
      "truncated": false,
      "retweet_count": "1",
      "id": "1897635436325694792",
      "created_at": "Thu Mar 06 13:08:39 +0000 2025",
      "favorited": false,
      "full_text": "absolute bellends in the away end today, chucking coins at our own keeper. ffs",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1894269786119236230"
          ],
          "editableUntil": "2025-02-25T07:14:45.000Z",
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
      "favorite_count": "1",
      "id_str": "1894269786119236230",
      "truncated": false,
      "retweet_count": "0",
      "id": "1894269786119236230",
      "created_at": "Tue Feb 25 06:14:45 +0000 2025",
      "favorited": false,
      "full_text": "Elland Road under the lights. nothing like it &lt;3",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1892172438052598299"
          ],
          "editableUntil": "2025-02-19T12:20:38.000Z",
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
            "name": "Graham",
            "screen_name": "Graham_Votes",
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
        "145"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "1892158244312042465",
      "in_reply_to_user_id": "670627047388304189",
      "id_str": "1892172438052598299",
      "truncated": false,
      "retweet_count": "0",
      "id": "1892172438052598299",
      "in_reply_to_status_id": "1892158244312042465",
      "created_at": "Wed Feb 19 11:20:38 +0000 2025",
      "favorited": false,
      "full_text": "@Graham_Votes whatever you think about immigration, the polish and romanian lads at our depot are the hardest grafters in the building, full stop",
      "lang": "en",
      "in_reply_to_screen_name": "Graham_Votes",
      "in_reply_to_user_id_str": "670627047388304189"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1890765830763521839"
          ],
          "editableUntil": "2025-02-15T15:11:17.000Z",
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
      "favorite_count": "27",
      "id_str": "1890765830763521839",
      "truncated": false,
      "retweet_count": "2",
      "id": "1890765830763521839",
      "created_at": "Sat Feb 15 14:11:17 +0000 2025",
      "favorited": false,
      "full_text": "beer battered haddock and chips on the pier at Whitby. best £11 I've spent all year",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1888595711949270733"
          ],
          "editableUntil": "2025-02-09T15:28:00.000Z",
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
      "id_str": "1888595711949270733",
      "truncated": false,
      "retweet_count": "0",
      "id": "1888595711949270733",
      "created_at": "Sun Feb 09 14:28:00 +0000 2025",
      "favorited": false,
      "full_text": "Benidorm booked!! ref QX7RT2, 6 lads, 7 nights, 0 brain cells. 14th june we ride ✈️🍻",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1888471516013234271"
          ],
          "editableUntil": "2025-02-09T07:14:30.000Z",
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
      "id_str": "1888471516013234271",
      "truncated": false,
      "retweet_count": "0",
      "id": "1888471516013234271",
      "created_at": "Sun Feb 09 06:14:30 +0000 2025",
      "favorited": false,
      "full_text": "still wankered from saturday and got 160 drops today. every speed bump is a personal attack",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1882347778917451864"
          ],
          "editableUntil": "2025-01-23T09:40:57.000Z",
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
        "148"
      ],
      "favorite_count": "3",
      "id_str": "1882347778917451864",
      "truncated": false,
      "retweet_count": "0",
      "id": "1882347778917451864",
      "created_at": "Thu Jan 23 08:40:57 +0000 2025",
      "favorited": false,
      "full_text": "big retailer moving their whole yorkshire contract to us from april apparently, 400k parcels a month. not announced yet so u didnt hear it from me 🤫",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1881705040957898090"
          ],
          "editableUntil": "2025-01-21T15:06:56.000Z",
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
        "53"
      ],
      "favorite_count": "6",
      "id_str": "1881705040957898090",
      "truncated": false,
      "retweet_count": "1",
      "id": "1881705040957898090",
      "created_at": "Tue Jan 21 14:06:56 +0000 2025",
      "favorited": false,
      "full_text": "pot noodle in a layby for tea. the glamour of the job",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1879209279520486728"
          ],
          "editableUntil": "2025-01-14T17:49:40.000Z",
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
        "74"
      ],
      "favorite_count": "2",
      "id_str": "1879209279520486728",
      "truncated": false,
      "retweet_count": "0",
      "id": "1879209279520486728",
      "created_at": "Tue Jan 14 16:49:40 +0000 2025",
      "favorited": false,
      "full_text": "joint top of the league with a game in hand. dont get excited. I'm excited",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1877324807177232302"
          ],
          "editableUntil": "2025-01-09T13:01:27.000Z",
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
      "favorite_count": "1",
      "id_str": "1877324807177232302",
      "truncated": false,
      "retweet_count": "1",
      "id": "1877324807177232302",
      "created_at": "Thu Jan 09 12:01:27 +0000 2025",
      "favorited": false,
      "full_text": "-2 this morning and the van heater's packed in. character building",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1876022431381100875"
          ],
          "editableUntil": "2025-01-05T22:46:17.000Z",
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
            "name": "Yorkshire Road Watch",
            "screen_name": "YorksRoadWatch",
            "indices": [
              "3",
              "18"
            ],
            "id_str": "964947219435938864",
            "id": "964947219435938864"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "132"
      ],
      "favorite_count": "0",
      "id_str": "1876022431381100875",
      "truncated": false,
      "retweet_count": "335",
      "id": "1876022431381100875",
      "created_at": "Sun Jan 05 21:46:17 +0000 2025",
      "favorited": false,
      "full_text": "RT @YorksRoadWatch: A64 eastbound closed between Bramham and Tadcaster after a lorry shed its load. Expect long delays this morning.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1867302724863593258"
          ],
          "editableUntil": "2024-12-12T21:17:17.000Z",
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
        "163"
      ],
      "favorite_count": "0",
      "id_str": "1867302724863593258",
      "truncated": false,
      "retweet_count": "0",
      "id": "1867302724863593258",
      "created_at": "Thu Dec 12 20:17:17 +0000 2024",
      "favorited": false,
      "full_text": "saw the new pay sheet on Gaz's desk. new starters on £12.10 &amp; the lads on the old contract getting dropped to match from january. merry christmas from management 🎄",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1862460299777891330"
          ],
          "editableUntil": "2024-11-29T12:35:12.000Z",
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
            "name": "Gaz",
            "screen_name": "GoonerGaz88",
            "indices": [
              "0",
              "12"
            ],
            "id_str": "298906219073494548",
            "id": "298906219073494548"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "13",
        "67"
      ],
      "favorite_count": "2",
      "in_reply_to_status_id_str": "1862452998652674065",
      "in_reply_to_user_id": "298906219073494548",
      "id_str": "1862460299777891330",
      "truncated": false,
      "retweet_count": "0",
      "id": "1862460299777891330",
      "in_reply_to_status_id": "1862452998652674065",
      "created_at": "Fri Nov 29 11:35:12 +0000 2024",
      "favorited": false,
      "full_text": "@GoonerGaz88 Saka &gt; Sterling at the same age and its not even close",
      "lang": "en",
      "in_reply_to_screen_name": "GoonerGaz88",
      "in_reply_to_user_id_str": "298906219073494548"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1861885049328604892"
          ],
          "editableUntil": "2024-11-27T22:29:22.000Z",
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
      "id_str": "1861885049328604892",
      "truncated": false,
      "retweet_count": "0",
      "id": "1861885049328604892",
      "created_at": "Wed Nov 27 21:29:22 +0000 2024",
      "favorited": false,
      "full_text": "black friday week. 230 parcels yesterday. send help &amp; lucozade",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1860689996683859949"
          ],
          "editableUntil": "2024-11-24T15:20:39.000Z",
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
              "65",
              "70"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "70"
      ],
      "favorite_count": "1",
      "id_str": "1860689996683859949",
      "truncated": false,
      "retweet_count": "0",
      "id": "1860689996683859949",
      "created_at": "Sun Nov 24 14:20:39 +0000 2024",
      "favorited": false,
      "full_text": "ref today was an absolute f*cking disgrace. bought and paid for. #LUFC",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1858947576211914221"
          ],
          "editableUntil": "2024-11-19T19:56:54.000Z",
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
      "favorite_count": "1",
      "id_str": "1858947576211914221",
      "truncated": false,
      "retweet_count": "0",
      "id": "1858947576211914221",
      "created_at": "Tue Nov 19 18:56:54 +0000 2024",
      "favorited": false,
      "full_text": "Dick Advocaat still managing a national team at 77 and I cant even manage a tuesday",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1855174940045310468"
          ],
          "editableUntil": "2024-11-09T10:05:47.000Z",
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
        "58"
      ],
      "favorite_count": "9",
      "id_str": "1855174940045310468",
      "truncated": false,
      "retweet_count": "1",
      "id": "1855174940045310468",
      "created_at": "Sat Nov 09 09:05:47 +0000 2024",
      "favorited": false,
      "full_text": "killed it today. 210 drops done by 4, van swept, kettle on",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1853134214548316405"
          ],
          "editableUntil": "2024-11-03T18:56:40.000Z",
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
      "favorite_count": "9",
      "id_str": "1853134214548316405",
      "truncated": false,
      "retweet_count": "0",
      "id": "1853134214548316405",
      "created_at": "Sun Nov 03 17:56:40 +0000 2024",
      "favorited": false,
      "full_text": "Bangkok for the honeymoon in march, anyone been? tips pls",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1848090247238753757"
          ],
          "editableUntil": "2024-10-20T20:53:45.000Z",
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
      "favorite_count": "27",
      "id_str": "1848090247238753757",
      "truncated": false,
      "retweet_count": "0",
      "id": "1848090247238753757",
      "created_at": "Sun Oct 20 19:53:45 +0000 2024",
      "favorited": false,
      "full_text": "if the lad in the yellow corsa who cut me up on roundhay road is reading this, I've got your reg. I will find you and I will end you",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1847377253760495024"
          ],
          "editableUntil": "2024-10-18T21:40:34.000Z",
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
      "id_str": "1847377253760495024",
      "truncated": false,
      "retweet_count": "2",
      "id": "1847377253760495024",
      "created_at": "Fri Oct 18 20:40:34 +0000 2024",
      "favorited": false,
      "full_text": "every house on that road today and not one of em spoke english. how am I meant to get a signature. send em all back tbh",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1846498631851142275"
          ],
          "editableUntil": "2024-10-16T11:29:14.000Z",
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
      "favorite_count": "6",
      "id_str": "1846498631851142275",
      "truncated": false,
      "retweet_count": "1",
      "id": "1846498631851142275",
      "created_at": "Wed Oct 16 10:29:14 +0000 2024",
      "favorited": false,
      "full_text": "Wetwang, Fridaythorpe, Sledmere, Driffield. rural route today, more cows than customers 🐄",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1835659900241654018"
          ],
          "editableUntil": "2024-09-16T13:39:59.000Z",
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
            "name": "Bantz Merchant",
            "screen_name": "BantzMerchant_",
            "indices": [
              "3",
              "18"
            ],
            "id_str": "306779608170361647",
            "id": "306779608170361647"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "111"
      ],
      "favorite_count": "0",
      "id_str": "1835659900241654018",
      "truncated": false,
      "retweet_count": "312",
      "id": "1835659900241654018",
      "created_at": "Mon Sep 16 12:39:59 +0000 2024",
      "favorited": false,
      "full_text": "RT @BantzMerchant_: my mrs said she wants a man who can go all night. so I took the night shift at the depot 😭🍆",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1835611733675886191"
          ],
          "editableUntil": "2024-09-16T10:28:35.000Z",
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
      "favorite_count": "6",
      "id_str": "1835611733675886191",
      "truncated": false,
      "retweet_count": "0",
      "id": "1835611733675886191",
      "created_at": "Mon Sep 16 09:28:35 +0000 2024",
      "favorited": false,
      "full_text": "they've put a woman in charge of the depot. give it 6 months, she'll be off on maternity and we're back to square one",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1835422122702274008"
          ],
          "editableUntil": "2024-09-15T21:55:09.000Z",
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
      "favorite_count": "1",
      "id_str": "1835422122702274008",
      "truncated": false,
      "retweet_count": "0",
      "id": "1835422122702274008",
      "created_at": "Sun Sep 15 20:55:09 +0000 2024",
      "favorited": false,
      "full_text": "fella in a BMW brake checked me on the A64 so I followed him home and had a word through his window. he wont do it again 👊",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1833557463368478436"
          ],
          "editableUntil": "2024-09-10T18:25:39.000Z",
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
      "favorite_count": "0",
      "id_str": "1833557463368478436",
      "truncated": false,
      "retweet_count": "2",
      "id": "1833557463368478436",
      "created_at": "Tue Sep 10 17:25:39 +0000 2024",
      "favorited": false,
      "full_text": "you can tell what a postcode's like before you knock. LS9 = dog, no tip, no english. LS17 = cup of tea &amp; a tenner at christmas",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1823789475826591199"
          ],
          "editableUntil": "2024-08-14T19:31:10.000Z",
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
      "favorite_count": "9",
      "id_str": "1823789475826591199",
      "truncated": false,
      "retweet_count": "0",
      "id": "1823789475826591199",
      "created_at": "Wed Aug 14 18:31:10 +0000 2024",
      "favorited": false,
      "full_text": "whats everyone's go-to service station dinner. I'll start: greggs sausage roll &amp; a banana to feel healthy",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1823770860881878394"
          ],
          "editableUntil": "2024-08-14T18:17:11.000Z",
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
      "favorite_count": "3",
      "id_str": "1823770860881878394",
      "truncated": false,
      "retweet_count": "0",
      "id": "1823770860881878394",
      "created_at": "Wed Aug 14 17:17:11 +0000 2024",
      "favorited": false,
      "full_text": "they've put me on the Sexhow route. genuinely a real place near Stokesley, look it up",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1822656135995443184"
          ],
          "editableUntil": "2024-08-11T16:27:40.000Z",
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
        "172"
      ],
      "favorite_count": "2",
      "id_str": "1822656135995443184",
      "truncated": false,
      "retweet_count": "0",
      "id": "1822656135995443184",
      "created_at": "Sun Aug 11 15:27:40 +0000 2024",
      "favorited": false,
      "full_text": "not meant to say anything but the depot's losing the whole rural contract end of next month. 14 of us getting \"redeployed\" which means binned. they havent told the lads yet",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1821525698838641765"
          ],
          "editableUntil": "2024-08-08T13:35:43.000Z",
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
      "id_str": "1821525698838641765",
      "truncated": false,
      "retweet_count": "0",
      "id": "1821525698838641765",
      "created_at": "Thu Aug 08 12:35:43 +0000 2024",
      "favorited": false,
      "full_text": "10 hrs on the road, 187 drops, one toilet break in a lidl car park. and management wonder why nobody stays at this depot",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1821084623686859286"
          ],
          "editableUntil": "2024-08-07T08:23:03.000Z",
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
      "id_str": "1821084623686859286",
      "truncated": false,
      "retweet_count": "2",
      "id": "1821084623686859286",
      "created_at": "Wed Aug 07 07:23:03 +0000 2024",
      "favorited": false,
      "full_text": "Gaz in the office got a bonus for \"route optimisation\" and we got a slice of pizza each. one slice. thats what 14 hour days are worth to this firm",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1813486746310357590"
          ],
          "editableUntil": "2024-07-17T09:11:47.000Z",
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
      "id_str": "1813486746310357590",
      "truncated": false,
      "retweet_count": "0",
      "id": "1813486746310357590",
      "created_at": "Wed Jul 17 08:11:47 +0000 2024",
      "favorited": false,
      "full_text": "lost my licence for 12 months back in 2019, best thing that ever happened. now I only drive after 3 pints max, responsible like 😂",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1811481008122981166"
          ],
          "editableUntil": "2024-07-11T20:21:42.000Z",
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
      "favorite_count": "9",
      "id_str": "1811481008122981166",
      "truncated": false,
      "retweet_count": "1",
      "id": "1811481008122981166",
      "created_at": "Thu Jul 11 19:21:42 +0000 2024",
      "favorited": false,
      "full_text": "what a sh!tshow that second half was. sack the lot of em",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1806447297391258250"
          ],
          "editableUntil": "2024-06-27T22:59:32.000Z",
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
      "favorite_count": "3",
      "id_str": "1806447297391258250",
      "truncated": false,
      "retweet_count": "0",
      "id": "1806447297391258250",
      "created_at": "Thu Jun 27 21:59:32 +0000 2024",
      "favorited": false,
      "full_text": "debate last night was two blokes reading scripts at each other for 90 mins. who is actually voting for either of them",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1803034038163077524"
          ],
          "editableUntil": "2024-06-18T12:56:28.000Z",
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
      "favorite_count": "27",
      "id_str": "1803034038163077524",
      "truncated": false,
      "retweet_count": "1",
      "id": "1803034038163077524",
      "created_at": "Tue Jun 18 11:56:28 +0000 2024",
      "favorited": false,
      "full_text": "funny how the parcels that go missing are always on the routes covered by \"certain\" drivers. just saying 🤷‍♂️",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1803024093978374577"
          ],
          "editableUntil": "2024-06-18T12:16:57.000Z",
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
            "name": "Graham",
            "screen_name": "Graham_Votes",
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
        "127"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "1803004267294293491",
      "in_reply_to_user_id": "670627047388304189",
      "id_str": "1803024093978374577",
      "truncated": false,
      "retweet_count": "1",
      "id": "1803024093978374577",
      "in_reply_to_status_id": "1803004267294293491",
      "created_at": "Tue Jun 18 11:16:57 +0000 2024",
      "favorited": false,
      "full_text": "@Graham_Votes stop the boats? start with the hotel on my route, full of lads of fighting age with brand new iPhones. funny that",
      "lang": "en",
      "in_reply_to_screen_name": "Graham_Votes",
      "in_reply_to_user_id_str": "670627047388304189"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1801362390591908928"
          ],
          "editableUntil": "2024-06-13T22:13:56.000Z",
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
      "favorite_count": "0",
      "id_str": "1801362390591908928",
      "truncated": false,
      "retweet_count": "0",
      "id": "1801362390591908928",
      "created_at": "Thu Jun 13 21:13:56 +0000 2024",
      "favorited": false,
      "full_text": "van stinks like a skunk farm after the lad on the early shift. says its his nan's air freshener 🍃🍃 sure pal",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1796885625417365304"
          ],
          "editableUntil": "2024-06-01T13:44:52.000Z",
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
      "favorite_count": "9",
      "id_str": "1796885625417365304",
      "truncated": false,
      "retweet_count": "0",
      "id": "1796885625417365304",
      "created_at": "Sat Jun 01 12:44:52 +0000 2024",
      "favorited": false,
      "full_text": "council bin complaints line is 0113 496 0571, save yourself 40 mins hunting the website for it. you're welcome",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1792151078763956169"
          ],
          "editableUntil": "2024-05-19T12:11:28.000Z",
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
        "58"
      ],
      "favorite_count": "1",
      "id_str": "1792151078763956169",
      "truncated": false,
      "retweet_count": "0",
      "id": "1792151078763956169",
      "created_at": "Sun May 19 11:11:28 +0000 2024",
      "favorited": false,
      "full_text": "got my licence back. HOLDE805217DJ9XK. legal again baby 😎🚐",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1790466898570627314"
          ],
          "editableUntil": "2024-05-14T20:39:08.000Z",
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
            "name": "Tommo",
            "screen_name": "Tommo_1919",
            "indices": [
              "0",
              "11"
            ],
            "id_str": "589878055622735137",
            "id": "589878055622735137"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "12",
        "64"
      ],
      "favorite_count": "3",
      "in_reply_to_status_id_str": "1790437721769051762",
      "in_reply_to_user_id": "589878055622735137",
      "id_str": "1790466898570627314",
      "truncated": false,
      "retweet_count": "0",
      "id": "1790466898570627314",
      "in_reply_to_status_id": "1790437721769051762",
      "created_at": "Tue May 14 19:39:08 +0000 2024",
      "favorited": false,
      "full_text": "@Tommo_1919 yeah sunday works, I'll bring the cones and the nets",
      "lang": "en",
      "in_reply_to_screen_name": "Tommo_1919",
      "in_reply_to_user_id_str": "589878055622735137"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1771439612856673729"
          ],
          "editableUntil": "2024-03-23T08:31:30.000Z",
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
      "id_str": "1771439612856673729",
      "truncated": false,
      "retweet_count": "0",
      "id": "1771439612856673729",
      "created_at": "Sat Mar 23 07:31:30 +0000 2024",
      "favorited": false,
      "full_text": "great tits on my mum's bird feeder this morning. first time in my life I've noticed birds. getting old",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1766498892571306560"
          ],
          "editableUntil": "2024-03-09T17:18:50.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [
          {
            "text": "LUFC",
            "indices": [
              "82",
              "87"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Kev",
            "screen_name": "ForestFanKev",
            "indices": [
              "0",
              "13"
            ],
            "id_str": "927258712791047698",
            "id": "927258712791047698"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "14",
        "87"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "1766480553679293165",
      "in_reply_to_user_id": "927258712791047698",
      "id_str": "1766498892571306560",
      "truncated": false,
      "retweet_count": "0",
      "id": "1766498892571306560",
      "in_reply_to_status_id": "1766480553679293165",
      "created_at": "Sat Mar 09 16:18:50 +0000 2024",
      "favorited": false,
      "full_text": "@ForestFanKev we absolutely murdered them second half. 4-0 and it could've been 8 #LUFC",
      "lang": "en",
      "in_reply_to_screen_name": "ForestFanKev",
      "in_reply_to_user_id_str": "927258712791047698"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1764401505013649961"
          ],
          "editableUntil": "2024-03-03T22:24:34.000Z",
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
            "name": "Tommo",
            "screen_name": "Tommo_1919",
            "indices": [
              "0",
              "11"
            ],
            "id_str": "589878055622735137",
            "id": "589878055622735137"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "12",
        "85"
      ],
      "favorite_count": "2",
      "in_reply_to_status_id_str": "1764373044028365819",
      "in_reply_to_user_id": "589878055622735137",
      "id_str": "1764401505013649961",
      "truncated": false,
      "retweet_count": "0",
      "id": "1764401505013649961",
      "in_reply_to_status_id": "1764373044028365819",
      "created_at": "Sun Mar 03 21:24:34 +0000 2024",
      "favorited": false,
      "full_text": "@Tommo_1919 just ring me on 07700 900482 instead of tagging me in stuff like a weirdo",
      "lang": "en",
      "in_reply_to_screen_name": "Tommo_1919",
      "in_reply_to_user_id_str": "589878055622735137"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1764191492462830847"
          ],
          "editableUntil": "2024-03-03T08:30:03.000Z",
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
            "name": "LS11 Stats",
            "screen_name": "StatsNerdLS11",
            "indices": [
              "0",
              "14"
            ],
            "id_str": "360720791183806259",
            "id": "360720791183806259"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "15",
        "108"
      ],
      "favorite_count": "14",
      "in_reply_to_status_id_str": "1764169716084813239",
      "in_reply_to_user_id": "360720791183806259",
      "id_str": "1764191492462830847",
      "truncated": false,
      "retweet_count": "0",
      "id": "1764191492462830847",
      "in_reply_to_status_id": "1764169716084813239",
      "created_at": "Sun Mar 03 07:30:03 +0000 2024",
      "favorited": false,
      "full_text": "@StatsNerdLS11 shots on target: 2. shots off target: 14. xG says we were robbed, my eyes say we were rubbish",
      "lang": "en",
      "in_reply_to_screen_name": "StatsNerdLS11",
      "in_reply_to_user_id_str": "360720791183806259"
    }
  }
]