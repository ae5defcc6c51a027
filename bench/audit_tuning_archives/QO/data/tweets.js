window.YTD.tweets.part0 = [
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1979114404106889630"
          ],
          "editableUntil": "2025-10-17T10:16:58.000Z",
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
            "name": "MickyB Cabs",
            "screen_name": "MickyB_Cabs",
            "indices": [
              "0",
              "12"
            ],
            "id_str": "1569376162707835807",
            "id": "1569376162707835807"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "13",
        "106"
      ],
      "favorite_count": "2",
      "in_reply_to_status_id_str": "1979105615926901565",
      "in_reply_to_user_id": "1569376162707835807",
      "in_reply_to_status_id": "1979105615926901565",
      "in_reply_to_user_id_str": "1569376162707835807",
      "in_reply_to_screen_name": "MickyB_Cabs",
      "id_str": "1979114404106889630",
      "truncated": false,
      "retweet_count": "5",
      "id": "1979114404106889630",
      "created_at": "Fri Oct 17 09:16:58 +0000 2025",
      "favorited": false,
      "full_text": "@MickyB_Cabs send the pics from the stag then, the ones from the club not the ones from the racecourse 😂🍆💦",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1972470680214104711"
          ],
          "editableUntil": "2025-09-29T02:17:11.000Z",
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
      "favorite_count": "7",
      "id_str": "1972470680214104711",
      "truncated": false,
      "retweet_count": "0",
      "id": "1972470680214104711",
      "created_at": "Mon Sep 29 01:17:11 +0000 2025",
      "favorited": false,
      "full_text": "Took a job to Pratts Bottom today. Yes its a real place. Near Orpington. Lovely pub",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1968809812869021413"
          ],
          "editableUntil": "2025-09-18T23:50:12.000Z",
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
      "id_str": "1968809812869021413",
      "truncated": false,
      "retweet_count": "0",
      "id": "1968809812869021413",
      "created_at": "Thu Sep 18 22:50:12 +0000 2025",
      "favorited": false,
      "full_text": "Picked up a head lad from Lambourn. Says the Saturday favourite has a leg and the yard are keeping it quiet. Lumping on the second fav 💰",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1967105434151936782"
          ],
          "editableUntil": "2025-09-14T06:57:37.000Z",
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
      "favorite_count": "1",
      "id_str": "1967105434151936782",
      "truncated": false,
      "retweet_count": "0",
      "id": "1967105434151936782",
      "created_at": "Sun Sep 14 05:57:37 +0000 2025",
      "favorited": false,
      "full_text": "Dick Francis books are still the best racing thrillers ever written. Fight me",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1963369665550822840"
          ],
          "editableUntil": "2025-09-03T23:33:00.000Z",
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
      "favorite_count": "7",
      "id_str": "1963369665550822840",
      "truncated": false,
      "retweet_count": "0",
      "id": "1963369665550822840",
      "created_at": "Wed Sep 03 22:33:00 +0000 2025",
      "favorited": false,
      "full_text": "Benidorm with the missus!! Booking ref KZ7Q4M, seats 14C &amp; 14D, first holiday in 3 years ☀️",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1956367926170665161"
          ],
          "editableUntil": "2025-08-15T15:50:35.000Z",
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
        "114"
      ],
      "favorite_count": "0",
      "id_str": "1956367926170665161",
      "truncated": false,
      "retweet_count": "0",
      "id": "1956367926170665161",
      "created_at": "Fri Aug 15 14:50:35 +0000 2025",
      "favorited": false,
      "full_text": "Doing nights on 3 hours kip and whatever the lad at the Heathrow feeder park sold me. Wide awake now 💊👀 cheers son",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1941789175336318491"
          ],
          "editableUntil": "2025-07-06T10:19:50.000Z",
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
      "id_str": "1941789175336318491",
      "truncated": false,
      "retweet_count": "5",
      "id": "1941789175336318491",
      "created_at": "Sun Jul 06 09:19:50 +0000 2025",
      "favorited": false,
      "full_text": "Grandson says he wants to be a cabbie. Told him learn to code son 😂",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1941673079872182615"
          ],
          "editableUntil": "2025-07-06T02:38:31.000Z",
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
      "favorite_count": "0",
      "id_str": "1941673079872182615",
      "truncated": false,
      "retweet_count": "1",
      "id": "1941673079872182615",
      "created_at": "Sun Jul 06 01:38:31 +0000 2025",
      "favorited": false,
      "full_text": "Got shot of the old TX4 at last. New electric one is a dream, silent as anything",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1938171718292162318"
          ],
          "editableUntil": "2025-06-26T10:45:21.000Z",
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
            "name": "PaddockGirlsUK",
            "screen_name": "PaddockGirlsUK",
            "indices": [
              "3",
              "18"
            ],
            "id_str": "274419227921203554",
            "id": "274419227921203554"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "115"
      ],
      "favorite_count": "0",
      "id_str": "1938171718292162318",
      "truncated": false,
      "retweet_count": "0",
      "id": "1938171718292162318",
      "created_at": "Thu Jun 26 09:45:21 +0000 2025",
      "favorited": false,
      "full_text": "RT @PaddockGirlsUK: Who's coming to Royal Ascot? 🍑 Best dressed (and least dressed 😉) pics in the replies. 18+ only",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1937959625752942332"
          ],
          "editableUntil": "2025-06-25T20:42:34.000Z",
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
      "favorite_count": "12",
      "id_str": "1937959625752942332",
      "truncated": false,
      "retweet_count": "0",
      "id": "1937959625752942332",
      "created_at": "Wed Jun 25 19:42:34 +0000 2025",
      "favorited": false,
      "full_text": "Each way on Whiskey Sour in the 2.40 at Kempton. Get on 🐎",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1936795345078458777"
          ],
          "editableUntil": "2025-06-22T15:36:08.000Z",
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
      "favorite_count": "31",
      "id_str": "1936795345078458777",
      "truncated": false,
      "retweet_count": "5",
      "id": "1936795345078458777",
      "created_at": "Sun Jun 22 14:36:08 +0000 2025",
      "favorited": false,
      "full_text": "30 years today since I got my badge. 320 runs, 25,000 streets, 3 years on a moped in the rain. Still the best thing I ever did",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1928991746477799971"
          ],
          "editableUntil": "2025-06-01T02:47:25.000Z",
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
      "favorite_count": "4",
      "id_str": "1928991746477799971",
      "truncated": false,
      "retweet_count": "5",
      "id": "1928991746477799971",
      "created_at": "Sun Jun 01 01:47:25 +0000 2025",
      "favorited": false,
      "full_text": "Keep a bit of pipe under the seat since that business in Peckham. Next one that tries it is eating it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1922660408470310110"
          ],
          "editableUntil": "2025-05-14T15:28:57.000Z",
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
      "favorite_count": "7",
      "id_str": "1922660408470310110",
      "truncated": false,
      "retweet_count": "0",
      "id": "1922660408470310110",
      "created_at": "Wed May 14 14:28:57 +0000 2025",
      "favorited": false,
      "full_text": "Proper fry up at the Chelsea Embankment shelter this morning with the lads. Bliss",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1919538658736602033"
          ],
          "editableUntil": "2025-05-06T00:44:14.000Z",
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
        "106"
      ],
      "favorite_count": "1",
      "id_str": "1919538658736602033",
      "truncated": false,
      "retweet_count": "2",
      "id": "1919538658736602033",
      "created_at": "Mon May 05 23:44:14 +0000 2025",
      "favorited": false,
      "full_text": "'New and improved' booking app from the circuit. Exciting times. 3 jobs lost today. Well done the board 👏👏",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1918647394571935176"
          ],
          "editableUntil": "2025-05-03T13:42:40.000Z",
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
      "id_str": "1918647394571935176",
      "truncated": false,
      "retweet_count": "1",
      "id": "1918647394571935176",
      "created_at": "Sat May 03 12:42:40 +0000 2025",
      "favorited": false,
      "full_text": "West Ham got hammered again. Season ticket's a charity donation at this point",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1912741327143941853"
          ],
          "editableUntil": "2025-04-17T06:34:04.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [
          {
            "text": "LadiesDay",
            "indices": [
              "81",
              "91"
            ]
          },
          {
            "text": "Aintree",
            "indices": [
              "92",
              "100"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "100"
      ],
      "favorite_count": "2",
      "id_str": "1912741327143941853",
      "truncated": false,
      "retweet_count": "0",
      "id": "1912741327143941853",
      "created_at": "Thu Apr 17 05:34:04 +0000 2025",
      "favorited": false,
      "full_text": "Ladies Day at Aintree and I aint there for the horses if you know what I mean 🍑🍑 #LadiesDay #Aintree",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1911542683665515201"
          ],
          "editableUntil": "2025-04-13T23:11:05.000Z",
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
      "favorite_count": "0",
      "id_str": "1911542683665515201",
      "truncated": false,
      "retweet_count": "1",
      "id": "1911542683665515201",
      "created_at": "Sun Apr 13 22:11:05 +0000 2025",
      "favorited": false,
      "full_text": "Anyone else think the National should go back to the old fences? Its a spectacle not a stroll",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1908085846954864689"
          ],
          "editableUntil": "2025-04-04T10:14:51.000Z",
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
            "name": "CircuitHelpDesk",
            "screen_name": "CircuitHelpDesk",
            "indices": [
              "0",
              "16"
            ],
            "id_str": "136124667879767114",
            "id": "136124667879767114"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "17",
        "118"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "1908064832818041352",
      "in_reply_to_user_id": "136124667879767114",
      "in_reply_to_status_id": "1908064832818041352",
      "in_reply_to_user_id_str": "136124667879767114",
      "in_reply_to_screen_name": "CircuitHelpDesk",
      "id_str": "1908085846954864689",
      "truncated": false,
      "retweet_count": "1",
      "id": "1908085846954864689",
      "created_at": "Fri Apr 04 09:14:51 +0000 2025",
      "favorited": false,
      "full_text": "@CircuitHelpDesk nobody believes a word your management says anymore mate. You said the fee wouldnt go up. It went up.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1908044260508358236"
          ],
          "editableUntil": "2025-04-04T07:29:36.000Z",
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
        "92"
      ],
      "favorite_count": "12",
      "id_str": "1908044260508358236",
      "truncated": false,
      "retweet_count": "0",
      "id": "1908044260508358236",
      "created_at": "Fri Apr 04 06:29:36 +0000 2025",
      "favorited": false,
      "full_text": "Female jockeys. Nice idea. But the Grand National is no place for em and the horses know it.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1905085126240022206"
          ],
          "editableUntil": "2025-03-27T03:31:03.000Z",
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
      "id_str": "1905085126240022206",
      "truncated": false,
      "retweet_count": "0",
      "id": "1905085126240022206",
      "created_at": "Thu Mar 27 02:31:03 +0000 2025",
      "favorited": false,
      "full_text": "Doc's put me on statins &amp; blood pressure pills. 30 years of bacon rolls at the cabmen's shelter finally caught up with me",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1902603734407710861"
          ],
          "editableUntil": "2025-03-20T07:10:53.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [
          {
            "text": "Cheltenham",
            "indices": [
              "92",
              "103"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "103"
      ],
      "favorite_count": "1",
      "id_str": "1902603734407710861",
      "truncated": false,
      "retweet_count": "0",
      "id": "1902603734407710861",
      "created_at": "Thu Mar 20 06:10:53 +0000 2025",
      "favorited": false,
      "full_text": "Gold Cup day. 9 pints of Guinness, done £300 on the nags and I'm on at 6am. Cabbie life 🍺🍺🍺 #Cheltenham",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1899137206888856136"
          ],
          "editableUntil": "2025-03-10T17:36:09.000Z",
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
        "60"
      ],
      "favorite_count": "3",
      "id_str": "1899137206888856136",
      "truncated": false,
      "retweet_count": "0",
      "id": "1899137206888856136",
      "created_at": "Mon Mar 10 16:36:09 +0000 2025",
      "favorited": false,
      "full_text": "f*cking roadworks on Euston Road AGAIN. 40 mins to do a mile",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1897259011087242199"
          ],
          "editableUntil": "2025-03-05T13:12:52.000Z",
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
      "id_str": "1897259011087242199",
      "truncated": false,
      "retweet_count": "0",
      "id": "1897259011087242199",
      "created_at": "Wed Mar 05 12:12:52 +0000 2025",
      "favorited": false,
      "full_text": "Corporate account from that bank in Canary Wharf = the tightest fares in London. Suits on half a mill a year moaning about the route &amp; not a penny tip",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1892823336482656424"
          ],
          "editableUntil": "2025-02-21T07:27:05.000Z",
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
      "favorite_count": "4",
      "id_str": "1892823336482656424",
      "truncated": false,
      "retweet_count": "0",
      "id": "1892823336482656424",
      "created_at": "Fri Feb 21 06:27:05 +0000 2025",
      "favorited": false,
      "full_text": "Circuit controller showed me the new fee sheet before it goes out. 15% from April lads. You heard it here first",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1891743197954951596"
          ],
          "editableUntil": "2025-02-18T07:54:59.000Z",
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
        "140"
      ],
      "favorite_count": "0",
      "id_str": "1891743197954951596",
      "truncated": false,
      "retweet_count": "1",
      "id": "1891743197954951596",
      "created_at": "Tue Feb 18 06:54:59 +0000 2025",
      "favorited": false,
      "full_text": "Anyone know Gary from the Walworth Rd? Owes me £40 from the card school. Flat 3, 41 Crampton Row SE17 if anyone wants to remind him for me 👊",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1889097031132954403"
          ],
          "editableUntil": "2025-02-11T00:40:04.000Z",
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
      "id_str": "1889097031132954403",
      "truncated": false,
      "retweet_count": "0",
      "id": "1889097031132954403",
      "created_at": "Mon Feb 10 23:40:04 +0000 2025",
      "favorited": false,
      "full_text": "Congestion charge up again. Costs more to go to work than it does to stay in bed",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1886130147137864687"
          ],
          "editableUntil": "2025-02-02T20:10:44.000Z",
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
      "favorite_count": "12",
      "id_str": "1886130147137864687",
      "truncated": false,
      "retweet_count": "0",
      "id": "1886130147137864687",
      "created_at": "Sun Feb 02 19:10:44 +0000 2025",
      "favorited": false,
      "full_text": "Old bill tried to pull me on the A13. I know them back roads better than he does. Never saw me again 😂",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1881351902821274752"
          ],
          "editableUntil": "2025-01-20T15:43:42.000Z",
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
        "155"
      ],
      "favorite_count": "0",
      "id_str": "1881351902821274752",
      "truncated": false,
      "retweet_count": "1",
      "id": "1881351902821274752",
      "created_at": "Mon Jan 20 14:43:42 +0000 2025",
      "favorited": false,
      "full_text": "Green badge renewed for another 3 years 🚕 Badge no. 58214, driving licence DUNMO604125T99XY, got the lot back same week. TfL being efficient, write it down",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1880784309293828509"
          ],
          "editableUntil": "2025-01-19T02:08:17.000Z",
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
      "id_str": "1880784309293828509",
      "truncated": false,
      "retweet_count": "0",
      "id": "1880784309293828509",
      "created_at": "Sun Jan 19 01:08:17 +0000 2025",
      "favorited": false,
      "full_text": "Spotted Dick &amp; custard at the Grosvenor Gardens shelter today. £3.50. Best value in Belgravia",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1879684905435275045"
          ],
          "editableUntil": "2025-01-16T01:19:38.000Z",
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
      "favorite_count": "3",
      "id_str": "1879684905435275045",
      "truncated": false,
      "retweet_count": "5",
      "id": "1879684905435275045",
      "created_at": "Thu Jan 16 00:19:38 +0000 2025",
      "favorited": false,
      "full_text": "Kempton 7.40 - No 12 on the racecard, 9/2. Stick it in your acca",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1877155380363446783"
          ],
          "editableUntil": "2025-01-09T01:48:13.000Z",
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
      "favorite_count": "31",
      "id_str": "1877155380363446783",
      "truncated": false,
      "retweet_count": "2",
      "id": "1877155380363446783",
      "created_at": "Thu Jan 09 00:48:13 +0000 2025",
      "favorited": false,
      "full_text": "Fare to Cockfosters at 4am then one back to Arsenal. Piccadilly line the lot of em",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1875467275611178223"
          ],
          "editableUntil": "2025-01-04T10:00:17.000Z",
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
            "name": "MickyB Cabs",
            "screen_name": "MickyB_Cabs",
            "indices": [
              "0",
              "12"
            ],
            "id_str": "1569376162707835807",
            "id": "1569376162707835807"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "13",
        "95"
      ],
      "favorite_count": "3",
      "in_reply_to_status_id_str": "1875454542591408092",
      "in_reply_to_user_id": "1569376162707835807",
      "in_reply_to_status_id": "1875454542591408092",
      "in_reply_to_user_id_str": "1569376162707835807",
      "in_reply_to_screen_name": "MickyB_Cabs",
      "id_str": "1875467275611178223",
      "truncated": false,
      "retweet_count": "0",
      "id": "1875467275611178223",
      "created_at": "Sat Jan 04 09:00:17 +0000 2025",
      "favorited": false,
      "full_text": "@MickyB_Cabs if I see that f***ing Addison Lee driver again I'll kill him. Not joking this time",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1872149695053354433"
          ],
          "editableUntil": "2024-12-26T06:17:24.000Z",
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
        "108"
      ],
      "favorite_count": "3",
      "id_str": "1872149695053354433",
      "truncated": false,
      "retweet_count": "0",
      "id": "1872149695053354433",
      "created_at": "Thu Dec 26 05:17:24 +0000 2024",
      "favorited": false,
      "full_text": "Left something in a black cab? It all goes to TfL Lost Property, 200 Baker Street. Dont ring me, ring them 😂",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1868371250597571813"
          ],
          "editableUntil": "2024-12-15T20:03:13.000Z",
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
      "favorite_count": "1",
      "id_str": "1868371250597571813",
      "truncated": false,
      "retweet_count": "0",
      "id": "1868371250597571813",
      "created_at": "Sun Dec 15 19:03:13 +0000 2024",
      "favorited": false,
      "full_text": "Frankie absolutely killed it in the 4.10. What a ride, what a jockey",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1863754647410156077"
          ],
          "editableUntil": "2024-12-03T02:18:29.000Z",
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
        "114"
      ],
      "favorite_count": "3",
      "id_str": "1863754647410156077",
      "truncated": false,
      "retweet_count": "5",
      "id": "1863754647410156077",
      "created_at": "Tue Dec 03 01:18:29 +0000 2024",
      "favorited": false,
      "full_text": "Don't pick up in certain postcodes after 11 anymore. You know the ones. Not being funny, just 30 years experience.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1863112110092796076"
          ],
          "editableUntil": "2024-12-01T07:45:16.000Z",
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
      "id_str": "1863112110092796076",
      "truncated": false,
      "retweet_count": "0",
      "id": "1863112110092796076",
      "created_at": "Sun Dec 01 06:45:16 +0000 2024",
      "favorited": false,
      "full_text": "BHA have banned a trainer for doping a horse. Good. Clean the sport up, top to bottom",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1861943138403401315"
          ],
          "editableUntil": "2024-11-28T02:20:12.000Z",
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
      "favorite_count": "0",
      "id_str": "1861943138403401315",
      "truncated": false,
      "retweet_count": "2",
      "id": "1861943138403401315",
      "created_at": "Thu Nov 28 01:20:12 +0000 2024",
      "favorited": false,
      "full_text": "Account job for the bank again, two directors in the back talking about 400 jobs going at the Wharf office, announced in Jan. Poor sods dont even know yet",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1855476777833311997"
          ],
          "editableUntil": "2024-11-10T06:05:11.000Z",
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
      "favorite_count": "31",
      "id_str": "1855476777833311997",
      "truncated": false,
      "retweet_count": "2",
      "id": "1855476777833311997",
      "created_at": "Sun Nov 10 05:05:11 +0000 2024",
      "favorited": false,
      "full_text": "Rain in London = every cab in town busy for 2 hours then dead all night. Never changes",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1850692359579517507"
          ],
          "editableUntil": "2024-10-28T01:13:37.000Z",
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
      "favorite_count": "4",
      "id_str": "1850692359579517507",
      "truncated": false,
      "retweet_count": "0",
      "id": "1850692359579517507",
      "created_at": "Mon Oct 28 00:13:37 +0000 2024",
      "favorited": false,
      "full_text": "Drifted out to 20/1, high as a kite in the betting, then bolts up by 5 lengths. Racing eh",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1849596070706257862"
          ],
          "editableUntil": "2024-10-25T00:37:21.000Z",
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
      "favorite_count": "3",
      "id_str": "1849596070706257862",
      "truncated": false,
      "retweet_count": "0",
      "id": "1849596070706257862",
      "created_at": "Thu Oct 24 23:37:21 +0000 2024",
      "favorited": false,
      "full_text": "Lad tried to do a runner on the Old Kent Road. Caught him at the lights. He paid. With interest 👊",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1846058789860668434"
          ],
          "editableUntil": "2024-10-15T06:21:28.000Z",
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
      "favorite_count": "1",
      "id_str": "1846058789860668434",
      "truncated": false,
      "retweet_count": "0",
      "id": "1846058789860668434",
      "created_at": "Tue Oct 15 05:21:28 +0000 2024",
      "favorited": false,
      "full_text": "wtf was that ride in the 3.15. absolute passenger. stfu with the excuses in the interview",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1845806899275185059"
          ],
          "editableUntil": "2024-10-14T13:40:32.000Z",
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
            "name": "MickyB Cabs",
            "screen_name": "MickyB_Cabs",
            "indices": [
              "0",
              "12"
            ],
            "id_str": "1569376162707835807",
            "id": "1569376162707835807"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "13",
        "88"
      ],
      "favorite_count": "4",
      "in_reply_to_status_id_str": "1845788799334512733",
      "in_reply_to_user_id": "1569376162707835807",
      "in_reply_to_status_id": "1845788799334512733",
      "in_reply_to_user_id_str": "1569376162707835807",
      "in_reply_to_screen_name": "MickyB_Cabs",
      "id_str": "1845806899275185059",
      "truncated": false,
      "retweet_count": "1",
      "id": "1845806899275185059",
      "created_at": "Mon Oct 14 12:40:32 +0000 2024",
      "favorited": false,
      "full_text": "@MickyB_Cabs 100% with you on that mate, the budget was a shambles for the self employed",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1835189132805497099"
          ],
          "editableUntil": "2024-09-15T06:29:20.000Z",
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
      "favorite_count": "0",
      "id_str": "1835189132805497099",
      "truncated": false,
      "retweet_count": "2",
      "id": "1835189132805497099",
      "created_at": "Sun Sep 15 05:29:20 +0000 2024",
      "favorited": false,
      "full_text": "Premier League manager in the back today, on the phone saying hes getting the sack Monday. Not saying who. Big club, north London 👀",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1826418011901372098"
          ],
          "editableUntil": "2024-08-22T01:36:01.000Z",
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
      "id_str": "1826418011901372098",
      "truncated": false,
      "retweet_count": "0",
      "id": "1826418011901372098",
      "created_at": "Thu Aug 22 00:36:01 +0000 2024",
      "favorited": false,
      "full_text": "Found a phone in the back of the cab tonight, picked up in Soho about 1am. If its yours ring me on 07700 900417, Terry",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1823447764411653148"
          ],
          "editableUntil": "2024-08-13T20:53:19.000Z",
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
      "favorite_count": "12",
      "id_str": "1823447764411653148",
      "truncated": false,
      "retweet_count": "0",
      "id": "1823447764411653148",
      "created_at": "Tue Aug 13 19:53:19 +0000 2024",
      "favorited": false,
      "full_text": "Picking the grandson up from Tanner Street Primary at quarter past 3 every Tuesday &amp; Thursday now. Best fare I've got",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1821531649864941848"
          ],
          "editableUntil": "2024-08-08T13:59:22.000Z",
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
      "favorite_count": "7",
      "id_str": "1821531649864941848",
      "truncated": false,
      "retweet_count": "0",
      "id": "1821531649864941848",
      "created_at": "Thu Aug 08 12:59:22 +0000 2024",
      "favorited": false,
      "full_text": "Hen do from Essex in the back tonight. One of em flashed the whole of Park Lane out the window. Best fare of the year that 💦😂",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1821118946044651824"
          ],
          "editableUntil": "2024-08-07T10:39:26.000Z",
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
      "favorite_count": "31",
      "id_str": "1821118946044651824",
      "truncated": false,
      "retweet_count": "5",
      "id": "1821118946044651824",
      "created_at": "Wed Aug 07 09:39:26 +0000 2024",
      "favorited": false,
      "full_text": "Every Saturday out of Shoreditch theres a little bag of ❄️ left on my back seat. Starting to think its a tip 😂",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1811183867209350629"
          ],
          "editableUntil": "2024-07-11T00:40:58.000Z",
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
      "favorite_count": "2",
      "id_str": "1811183867209350629",
      "truncated": false,
      "retweet_count": "0",
      "id": "1811183867209350629",
      "created_at": "Wed Jul 10 23:40:58 +0000 2024",
      "favorited": false,
      "full_text": "The account work on the radio circuit is a joke. They take 12% and the controllers couldnt find Oxford St with a map. Clowns running that office",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1808019857907711410"
          ],
          "editableUntil": "2024-07-02T07:08:20.000Z",
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
      "favorite_count": "3",
      "id_str": "1808019857907711410",
      "truncated": false,
      "retweet_count": "2",
      "id": "1808019857907711410",
      "created_at": "Tue Jul 02 06:08:20 +0000 2024",
      "favorited": false,
      "full_text": "Stripped the seats and deep cleaned the cab today. Shes gleaming",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1803247368459698553"
          ],
          "editableUntil": "2024-06-19T03:04:10.000Z",
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
      "id_str": "1803247368459698553",
      "truncated": false,
      "retweet_count": "0",
      "id": "1803247368459698553",
      "created_at": "Wed Jun 19 02:04:10 +0000 2024",
      "favorited": false,
      "full_text": "Had a few sherbets at Epsom then drove home, roads were empty, no harm done. Better driver after a couple anyway",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1802478349102372648"
          ],
          "editableUntil": "2024-06-17T00:08:21.000Z",
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
      "favorite_count": "7",
      "id_str": "1802478349102372648",
      "truncated": false,
      "retweet_count": "0",
      "id": "1802478349102372648",
      "created_at": "Sun Jun 16 23:08:21 +0000 2024",
      "favorited": false,
      "full_text": "Shooting up the Westway at 5am, empty roads, sun coming up over White City. Best office in the world",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1800815337155986966"
          ],
          "editableUntil": "2024-06-12T10:00:08.000Z",
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
        "114"
      ],
      "favorite_count": "1",
      "id_str": "1800815337155986966",
      "truncated": false,
      "retweet_count": "0",
      "id": "1800815337155986966",
      "created_at": "Wed Jun 12 09:00:08 +0000 2024",
      "favorited": false,
      "full_text": "Had a job to the mosque Friday lunchtime, told the circuit 'no parking' and passed it on. They know what I meant 😉",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1798530178429048166"
          ],
          "editableUntil": "2024-06-06T02:39:44.000Z",
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
      "favorite_count": "31",
      "id_str": "1798530178429048166",
      "truncated": false,
      "retweet_count": "0",
      "id": "1798530178429048166",
      "created_at": "Thu Jun 06 01:39:44 +0000 2024",
      "favorited": false,
      "full_text": "Punter left a bottle of Bollinger on the back seat. Handed it in like a good boy. Someone's had a worse night than me",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1796478538461021888"
          ],
          "editableUntil": "2024-05-31T10:47:15.000Z",
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
      "favorite_count": "1",
      "id_str": "1796478538461021888",
      "truncated": false,
      "retweet_count": "0",
      "id": "1796478538461021888",
      "created_at": "Fri May 31 09:47:15 +0000 2024",
      "favorited": false,
      "full_text": "lmfao at the pundits saying the going was good to soft. Good my a$$, it was a bog",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1789786008430006606"
          ],
          "editableUntil": "2024-05-12T23:33:31.000Z",
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
      "favorite_count": "0",
      "id_str": "1789786008430006606",
      "truncated": false,
      "retweet_count": "5",
      "id": "1789786008430006606",
      "created_at": "Sun May 12 22:33:31 +0000 2024",
      "favorited": false,
      "full_text": "The A40 camera at Hanger Lane is 40 now not 50. Heads up lads, dont get done",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1786895456967822816"
          ],
          "editableUntil": "2024-05-05T00:07:30.000Z",
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
            "name": "LdnTaxiNews",
            "screen_name": "LdnTaxiNews",
            "indices": [
              "3",
              "15"
            ],
            "id_str": "1429507032874348139",
            "id": "1429507032874348139"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "91"
      ],
      "favorite_count": "0",
      "id_str": "1786895456967822816",
      "truncated": false,
      "retweet_count": "0",
      "id": "1786895456967822816",
      "created_at": "Sat May 04 23:07:30 +0000 2024",
      "favorited": false,
      "full_text": "RT @LdnTaxiNews: Licensed black cab numbers in London fall to their lowest level in decades",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1783829894610261572"
          ],
          "editableUntil": "2024-04-26T13:06:03.000Z",
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
        "145"
      ],
      "favorite_count": "7",
      "id_str": "1783829894610261572",
      "truncated": false,
      "retweet_count": "0",
      "id": "1783829894610261572",
      "created_at": "Fri Apr 26 12:06:03 +0000 2024",
      "favorited": false,
      "full_text": "BA117 from JFK landed 40 mins early for once, sat at the T5 feeder park 2 hours for nothing. Heathrow -&gt; Hammersmith 25 mins at 5am, 1hr40 at 5pm",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1777374089453302312"
          ],
          "editableUntil": "2024-04-08T17:32:59.000Z",
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
      "id_str": "1777374089453302312",
      "truncated": false,
      "retweet_count": "2",
      "id": "1777374089453302312",
      "created_at": "Mon Apr 08 16:32:59 +0000 2024",
      "favorited": false,
      "full_text": "Whoever wins, none of them have ever tried to get over Vauxhall Bridge at 5pm on a Friday",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1763900999041473251"
          ],
          "editableUntil": "2024-03-02T13:15:44.000Z",
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
      "favorite_count": "31",
      "id_str": "1763900999041473251",
      "truncated": false,
      "retweet_count": "5",
      "id": "1763900999041473251",
      "created_at": "Sat Mar 02 12:15:44 +0000 2024",
      "favorited": false,
      "full_text": "Half these Uber lads cant speak a word of English and dont know where Marble Arch is. Off the boat Monday, driving Tuesday. Lovely.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1763745955953086914"
          ],
          "editableUntil": "2024-03-02T02:59:39.000Z",
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
        "35"
      ],
      "favorite_count": "0",
      "id_str": "1763745955953086914",
      "truncated": false,
      "retweet_count": "2",
      "id": "1763745955953086914",
      "created_at": "Sat Mar 02 01:59:39 +0000 2024",
      "favorited": false,
      "full_text": "Cyclists. Every. Single. Sh!t. Day.",
      "lang": "en"
    }
  }
]