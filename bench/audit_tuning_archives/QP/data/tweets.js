window.YTD.tweets.part0 = [
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1977873509049045548"
          ],
          "editableUntil": "2025-10-14T00:06:06.000Z",
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
      "favorite_count": "64",
      "id_str": "1977873509049045548",
      "truncated": false,
      "retweet_count": "4",
      "id": "1977873509049045548",
      "created_at": "Mon Oct 13 23:06:06 +0000 2025",
      "favorited": false,
      "full_text": "whoever keeps putting the response bag back without restocking it: I hope you step on a plug, you absolute bellend",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1974805343467243283"
          ],
          "editableUntil": "2025-10-05T12:54:18.000Z",
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
      "favorite_count": "64",
      "id_str": "1974805343467243283",
      "truncated": false,
      "retweet_count": "0",
      "id": "1974805343467243283",
      "created_at": "Sun Oct 05 11:54:18 +0000 2025",
      "favorited": false,
      "full_text": "man on the night bus asked if I was 'a stripper dressed as a paramedic'. no sir, this is the uniform and it has 11 pockets",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1974399735238769720"
          ],
          "editableUntil": "2025-10-04T10:02:34.000Z",
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
      "favorite_count": "5",
      "id_str": "1974399735238769720",
      "truncated": false,
      "retweet_count": "0",
      "id": "1974399735238769720",
      "created_at": "Sat Oct 04 09:02:34 +0000 2025",
      "favorited": false,
      "full_text": "hot take but nobody over 85 should be living alone. stick them all in homes and save us half the call outs",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1972255054260254117"
          ],
          "editableUntil": "2025-09-28T12:00:22.000Z",
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
        "133"
      ],
      "favorite_count": "3",
      "id_str": "1972255054260254117",
      "truncated": false,
      "retweet_count": "4",
      "id": "1972255054260254117",
      "created_at": "Sun Sep 28 11:00:22 +0000 2025",
      "favorited": false,
      "full_text": "pt today was the head of a local primary I won't name, but if your kids go to St Aidan's... let's just say he won't be in on Monday 😬",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1966409649686752445"
          ],
          "editableUntil": "2025-09-12T08:52:49.000Z",
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
      "id_str": "1966409649686752445",
      "truncated": false,
      "retweet_count": "0",
      "id": "1966409649686752445",
      "created_at": "Fri Sep 12 07:52:49 +0000 2025",
      "favorited": false,
      "full_text": "yes I have an OnlyFans. no it's not what you think. it's all feet in the green boots after a 14hr shift 🦶 link in bio 😉",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1963924347448126792"
          ],
          "editableUntil": "2025-09-05T12:17:07.000Z",
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
      "favorite_count": "12",
      "id_str": "1963924347448126792",
      "truncated": false,
      "retweet_count": "2",
      "id": "1963924347448126792",
      "created_at": "Fri Sep 05 11:17:07 +0000 2025",
      "favorited": false,
      "full_text": "post-nights brunch = 2 espresso martinis and a cheeky bump in the disabled loos. nobody tell my CPD portfolio 😇❄️",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1960990549621450854"
          ],
          "editableUntil": "2025-08-28T09:59:15.000Z",
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
      "favorite_count": "8",
      "id_str": "1960990549621450854",
      "truncated": false,
      "retweet_count": "4",
      "id": "1960990549621450854",
      "created_at": "Thu Aug 28 08:59:15 +0000 2025",
      "favorited": false,
      "full_text": "Cardiac arrest this morning, ROSC on scene, and 2 hours later he was sat up in resus asking for a brew. Best shift of my career 🥹",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1952083945323840918"
          ],
          "editableUntil": "2025-08-03T20:07:35.000Z",
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
        "174"
      ],
      "favorite_count": "8",
      "id_str": "1952083945323840918",
      "truncated": false,
      "retweet_count": "4",
      "id": "1952083945323840918",
      "created_at": "Sun Aug 03 19:07:35 +0000 2025",
      "favorited": false,
      "full_text": "Got headbutted by a patient's boyfriend tonight. Crewmate held him against the ambulance till police turned up and tbh I got a couple of digs in while nobody was looking 🤷‍♀️",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1948792185653680565"
          ],
          "editableUntil": "2025-07-25T18:07:18.000Z",
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
        "158"
      ],
      "favorite_count": "2",
      "id_str": "1948792185653680565",
      "truncated": false,
      "retweet_count": "0",
      "id": "1948792185653680565",
      "created_at": "Fri Jul 25 17:07:18 +0000 2025",
      "favorited": false,
      "full_text": "Naloxone training for the new starters today. If you know someone at risk of an opioid overdose, ask your local pharmacy about take-home kits. It saves lives.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1948765634257586271"
          ],
          "editableUntil": "2025-07-25T16:21:48.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [
          {
            "text": "GNR",
            "indices": [
              "111",
              "115"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "115"
      ],
      "favorite_count": "0",
      "id_str": "1948765634257586271",
      "truncated": false,
      "retweet_count": "1",
      "id": "1948765634257586271",
      "created_at": "Fri Jul 25 15:21:48 +0000 2025",
      "favorited": false,
      "full_text": "finished the Great North Run in 2:14!! raised £620 for the air ambulance, thank you to everyone who donated ❤️ #GNR",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1940517415122484403"
          ],
          "editableUntil": "2025-07-02T22:06:19.000Z",
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
      "favorite_count": "8",
      "id_str": "1940517415122484403",
      "truncated": false,
      "retweet_count": "1",
      "id": "1940517415122484403",
      "created_at": "Wed Jul 02 21:06:19 +0000 2025",
      "favorited": false,
      "full_text": "Reminder that our Trust spent £40k on a 'wellbeing consultant' this year and station still has no working microwave. Thanks for the yoga link though x",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1940408325295908246"
          ],
          "editableUntil": "2025-07-02T14:52:50.000Z",
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
      "id_str": "1940408325295908246",
      "truncated": false,
      "retweet_count": "4",
      "id": "1940408325295908246",
      "created_at": "Wed Jul 02 13:52:50 +0000 2025",
      "favorited": false,
      "full_text": "new NQP starts monday. girl, 5ft nothing, looks about 12. fab. who's lifting the bariatric patients then",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1939436840045501005"
          ],
          "editableUntil": "2025-06-29T22:32:30.000Z",
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
        "151"
      ],
      "favorite_count": "12",
      "id_str": "1939436840045501005",
      "truncated": false,
      "retweet_count": "0",
      "id": "1939436840045501005",
      "created_at": "Sun Jun 29 21:32:30 +0000 2025",
      "favorited": false,
      "full_text": "shout out to the Greggs on Station Rd who gave us free coffees at 4am. heroes. if anyone wants to say thanks, their number's on the door: 0113 496 0372",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1938749323305649828"
          ],
          "editableUntil": "2025-06-28T01:00:33.000Z",
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
      "favorite_count": "12",
      "id_str": "1938749323305649828",
      "truncated": false,
      "retweet_count": "0",
      "id": "1938749323305649828",
      "created_at": "Sat Jun 28 00:00:33 +0000 2025",
      "favorited": false,
      "full_text": "WE ARE FINALLY GOING ✈️ MAN -&gt; TFS, flight TOM2614, seat 23C, booking ref QX7HPL. 4 nights with no radio &lt;3",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1938227833781239666"
          ],
          "editableUntil": "2025-06-26T14:28:20.000Z",
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
        "85"
      ],
      "favorite_count": "3",
      "id_str": "1938227833781239666",
      "truncated": false,
      "retweet_count": "0",
      "id": "1938227833781239666",
      "created_at": "Thu Jun 26 13:28:20 +0000 2025",
      "favorited": false,
      "full_text": "at a CPD day in Scunthorpe and the hotel wifi filter won't let me book the car park 😂",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1931136555369218065"
          ],
          "editableUntil": "2025-06-07T00:50:08.000Z",
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
      "favorite_count": "27",
      "id_str": "1931136555369218065",
      "truncated": false,
      "retweet_count": "0",
      "id": "1931136555369218065",
      "created_at": "Fri Jun 06 23:50:08 +0000 2025",
      "favorited": false,
      "full_text": "the way the fireman smiled at me at that RTC... sir I will happily be your next emergency 🥵🍆",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1929654431877247256"
          ],
          "editableUntil": "2025-06-02T22:40:42.000Z",
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
      "favorite_count": "0",
      "id_str": "1929654431877247256",
      "truncated": false,
      "retweet_count": "1",
      "id": "1929654431877247256",
      "created_at": "Mon Jun 02 21:40:42 +0000 2025",
      "favorited": false,
      "full_text": "dog tax 🐶 he waits at the window every morning when I get in off nights",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1925854565648784141"
          ],
          "editableUntil": "2025-05-23T11:01:23.000Z",
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
      "favorite_count": "8",
      "id_str": "1925854565648784141",
      "truncated": false,
      "retweet_count": "2",
      "id": "1925854565648784141",
      "created_at": "Fri May 23 10:01:23 +0000 2025",
      "favorited": false,
      "full_text": "the amount of ketamine we carry and they won't let me have a little treat after a night like that 😂🐴",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1919542363344923084"
          ],
          "editableUntil": "2025-05-06T00:58:57.000Z",
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
            "name": "Danny B",
            "screen_name": "dannyb_medic",
            "indices": [
              "0",
              "13"
            ],
            "id_str": "1025197887627459864",
            "id": "1025197887627459864"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "14",
        "95"
      ],
      "favorite_count": "210",
      "in_reply_to_status_id_str": "1919514096494133022",
      "id_str": "1919542363344923084",
      "in_reply_to_user_id": "1025197887627459864",
      "truncated": false,
      "retweet_count": "11",
      "id": "1919542363344923084",
      "in_reply_to_status_id": "1919514096494133022",
      "created_at": "Mon May 05 23:58:57 +0000 2025",
      "favorited": false,
      "full_text": "@dannyb_medic send me the pic of you in the swimming shorts again, for uh, research purposes 😏💦",
      "lang": "en",
      "in_reply_to_screen_name": "dannyb_medic",
      "in_reply_to_user_id_str": "1025197887627459864"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1910955661201808550"
          ],
          "editableUntil": "2025-04-12T08:18:28.000Z",
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
        "102"
      ],
      "favorite_count": "64",
      "id_str": "1910955661201808550",
      "truncated": false,
      "retweet_count": "11",
      "id": "1910955661201808550",
      "created_at": "Sat Apr 12 07:18:28 +0000 2025",
      "favorited": false,
      "full_text": "station nickname is officially 'Killer' because I've beaten every lad at pool since March 🎱 undefeated",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1901320807304576813"
          ],
          "editableUntil": "2025-03-16T18:12:59.000Z",
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
        "173"
      ],
      "favorite_count": "8",
      "id_str": "1901320807304576813",
      "truncated": false,
      "retweet_count": "11",
      "id": "1901320807304576813",
      "created_at": "Sun Mar 16 17:12:59 +0000 2025",
      "favorited": false,
      "full_text": "someone keyed my car in the station car park. pretty sure it was the lad from the car wash next door so I let all four of his van tyres down after shift. balance restored ⚖️",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1899001954414537938"
          ],
          "editableUntil": "2025-03-10T08:38:42.000Z",
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
      "favorite_count": "12",
      "id_str": "1899001954414537938",
      "truncated": false,
      "retweet_count": "0",
      "id": "1899001954414537938",
      "created_at": "Mon Mar 10 07:38:42 +0000 2025",
      "favorited": false,
      "full_text": "PASSED MY NQP YEAR!!! officially a paramedic and not 'the new one' 🥹🚑",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1890318683403714008"
          ],
          "editableUntil": "2025-02-14T09:34:29.000Z",
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
      "favorite_count": "210",
      "id_str": "1890318683403714008",
      "truncated": false,
      "retweet_count": "0",
      "id": "1890318683403714008",
      "created_at": "Fri Feb 14 08:34:29 +0000 2025",
      "favorited": false,
      "full_text": "BA1482 from Glasgow delayed 3 hours. anyone else sat in arrivals waiting for their mum with a Costa going cold",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1885083837891358436"
          ],
          "editableUntil": "2025-01-30T22:53:04.000Z",
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
      "favorite_count": "64",
      "id_str": "1885083837891358436",
      "truncated": false,
      "retweet_count": "0",
      "id": "1885083837891358436",
      "created_at": "Thu Jan 30 21:53:04 +0000 2025",
      "favorited": false,
      "full_text": "anyone recommend decent insoles for 12 hour shifts? my feet are filing a formal complaint",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1880345336403303728"
          ],
          "editableUntil": "2025-01-17T21:03:57.000Z",
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
        "142"
      ],
      "favorite_count": "3",
      "id_str": "1880345336403303728",
      "truncated": false,
      "retweet_count": "0",
      "id": "1880345336403303728",
      "created_at": "Fri Jan 17 20:03:57 +0000 2025",
      "favorited": false,
      "full_text": "to the new starters: a 'hot debrief' is just the quick chat straight after a bad job, not whatever you were thinking 😂 look after each other x",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1874068909459599468"
          ],
          "editableUntil": "2024-12-31T13:23:41.000Z",
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
            "name": "NHS Memes",
            "screen_name": "nhsmemes_uk",
            "indices": [
              "3",
              "15"
            ],
            "id_str": "599172658769535675",
            "id": "599172658769535675"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "71"
      ],
      "favorite_count": "0",
      "id_str": "1874068909459599468",
      "truncated": false,
      "retweet_count": "0",
      "id": "1874068909459599468",
      "created_at": "Tue Dec 31 12:23:41 +0000 2024",
      "favorited": false,
      "full_text": "RT @nhsmemes_uk: patient: \"I've only had two pints\"\nthe breathalyser: 😐",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1866791734902897765"
          ],
          "editableUntil": "2024-12-11T11:26:47.000Z",
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
      "favorite_count": "0",
      "id_str": "1866791734902897765",
      "truncated": false,
      "retweet_count": "0",
      "id": "1866791734902897765",
      "created_at": "Wed Dec 11 10:26:47 +0000 2024",
      "favorited": false,
      "full_text": "management won't give us stab vests on nights so I got a pepper spray off a lad at the market. don't ask, don't tell 🤐",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1862702127259033511"
          ],
          "editableUntil": "2024-11-30T04:36:09.000Z",
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
        "140"
      ],
      "favorite_count": "0",
      "id_str": "1862702127259033511",
      "truncated": false,
      "retweet_count": "4",
      "id": "1862702127259033511",
      "created_at": "Sat Nov 30 03:36:09 +0000 2024",
      "favorited": false,
      "full_text": "lads at station made me a Bloody Mary for my birthday. tomato juice, celery stick, plastic cannula as garnish. virgin obviously, I'm driving",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1851390030747114556"
          ],
          "editableUntil": "2024-10-29T23:25:55.000Z",
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
        "152"
      ],
      "favorite_count": "27",
      "id_str": "1851390030747114556",
      "truncated": false,
      "retweet_count": "4",
      "id": "1851390030747114556",
      "created_at": "Tue Oct 29 22:25:55 +0000 2024",
      "favorited": false,
      "full_text": "Friendly reminder: if it's not an emergency, NHS 111 is there 24/7. Call 111 or use NHS 111 online and keep 999 free for the people who really need it 🙏",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1850097284142813956"
          ],
          "editableUntil": "2024-10-26T09:49:00.000Z",
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
            "name": "Trust Newsroom",
            "screen_name": "TrustNewsroomNE",
            "indices": [
              "3",
              "19"
            ],
            "id_str": "243099113793188816",
            "id": "243099113793188816"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "152"
      ],
      "favorite_count": "0",
      "id_str": "1850097284142813956",
      "truncated": false,
      "retweet_count": "0",
      "id": "1850097284142813956",
      "created_at": "Sat Oct 26 08:49:00 +0000 2024",
      "favorited": false,
      "full_text": "RT @TrustNewsroomNE: Body armour will be issued to all frontline ambulance crews by spring 2026 following a successful trial, the Trust confirmed today.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1848811872100102577"
          ],
          "editableUntil": "2024-10-22T20:41:14.000Z",
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
      "favorite_count": "64",
      "id_str": "1848811872100102577",
      "truncated": false,
      "retweet_count": "0",
      "id": "1848811872100102577",
      "created_at": "Tue Oct 22 19:41:14 +0000 2024",
      "favorited": false,
      "full_text": "found out Dave on my station is on £3k more than me for the same band because he 'negotiated'. his payslip was sat on the printer 🙃",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1846235836020550241"
          ],
          "editableUntil": "2024-10-15T18:04:59.000Z",
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
        "164"
      ],
      "favorite_count": "0",
      "id_str": "1846235836020550241",
      "truncated": false,
      "retweet_count": "4",
      "id": "1846235836020550241",
      "created_at": "Tue Oct 15 17:04:59 +0000 2024",
      "favorited": false,
      "full_text": "4hr 20min stuck on the corridor at the Royal tonight. Management's 'release to respond' plan is a laminated sheet nobody has read, including the people who wrote it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1845396462223054791"
          ],
          "editableUntil": "2024-10-13T10:29:37.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [
          {
            "text": "paramedics",
            "indices": [
              "107",
              "118"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Paramedic Journal UK",
            "screen_name": "ParaJournalUK",
            "indices": [
              "3",
              "17"
            ],
            "id_str": "1193420744337572328",
            "id": "1193420744337572328"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "118"
      ],
      "favorite_count": "0",
      "id_str": "1845396462223054791",
      "truncated": false,
      "retweet_count": "0",
      "id": "1845396462223054791",
      "created_at": "Sun Oct 13 09:29:37 +0000 2024",
      "favorited": false,
      "full_text": "RT @ParaJournalUK: Applications for the 2026 student research bursaries are now open. Deadline 31 January. #paramedics",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1843831317134772169"
          ],
          "editableUntil": "2024-10-09T02:50:17.000Z",
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
      "favorite_count": "0",
      "id_str": "1843831317134772169",
      "truncated": false,
      "retweet_count": "2",
      "id": "1843831317134772169",
      "created_at": "Wed Oct 09 01:50:17 +0000 2024",
      "favorited": false,
      "full_text": "shots fired 💉 flu jab and covid booster both done before nights. arm is dead but worth it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1842627666029485810"
          ],
          "editableUntil": "2024-10-05T19:07:24.000Z",
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
      "favorite_count": "2",
      "id_str": "1842627666029485810",
      "truncated": false,
      "retweet_count": "0",
      "id": "1842627666029485810",
      "created_at": "Sat Oct 05 18:07:24 +0000 2024",
      "favorited": false,
      "full_text": "pre-alert: 'patient speaks no English'. course he doesn't. why bother learning it when the NHS is free eh",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1842416116799332855"
          ],
          "editableUntil": "2024-10-05T05:06:47.000Z",
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
      "favorite_count": "0",
      "id_str": "1842416116799332855",
      "truncated": false,
      "retweet_count": "2",
      "id": "1842416116799332855",
      "created_at": "Sat Oct 05 04:06:47 +0000 2024",
      "favorited": false,
      "full_text": "new driving licence came with C1 on it!! HOLLO958214JA9XK look at that mugshot 😭",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1833763569656859047"
          ],
          "editableUntil": "2024-09-11T08:04:39.000Z",
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
        "240"
      ],
      "favorite_count": "27",
      "id_str": "1833763569656859047",
      "truncated": false,
      "retweet_count": "0",
      "id": "1833763569656859047",
      "created_at": "Wed Sep 11 07:04:39 +0000 2024",
      "favorited": false,
      "full_text": "A year ago I was in a call centre on £19k wondering if uni had been a mistake. Today I talked a dad through CPR on the phone on the way to his house, then we took over. Went home and cried in the shower. Still the best decision I ever made.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1833081091104908494"
          ],
          "editableUntil": "2024-09-09T10:52:43.000Z",
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
      "id_str": "1833081091104908494",
      "truncated": false,
      "retweet_count": "0",
      "id": "1833081091104908494",
      "created_at": "Mon Sep 09 09:52:43 +0000 2024",
      "favorited": false,
      "full_text": "off nights, 3 bottles of rosé down and i can finally feel my face again 🍷🍷🍷 back in for a day shift at 7 lol pray for me",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1828944882680675254"
          ],
          "editableUntil": "2024-08-29T00:56:54.000Z",
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
      "favorite_count": "2",
      "id_str": "1828944882680675254",
      "truncated": false,
      "retweet_count": "2",
      "id": "1828944882680675254",
      "created_at": "Wed Aug 28 23:56:54 +0000 2024",
      "favorited": false,
      "full_text": "drug calcs exam tomorrow. if anyone needs me I'll be mg/kg-ing until my eyes bleed",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1826496618000953177"
          ],
          "editableUntil": "2024-08-22T06:48:23.000Z",
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
            "name": "Sarah H",
            "screen_name": "sarah_holl91",
            "indices": [
              "0",
              "13"
            ],
            "id_str": "1485073168306261279",
            "id": "1485073168306261279"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "14",
        "155"
      ],
      "favorite_count": "5",
      "in_reply_to_status_id_str": "1826483887518702574",
      "id_str": "1826496618000953177",
      "in_reply_to_user_id": "1485073168306261279",
      "truncated": false,
      "retweet_count": "0",
      "id": "1826496618000953177",
      "in_reply_to_status_id": "1826483887518702574",
      "created_at": "Thu Aug 22 05:48:23 +0000 2024",
      "favorited": false,
      "full_text": "@sarah_holl91 no worries, I'll grab Mia from Greenfield Primary at 3.15 tuesday, she's fine on her own at yours till 6 right? key still under the blue pot?",
      "lang": "en",
      "in_reply_to_screen_name": "sarah_holl91",
      "in_reply_to_user_id_str": "1485073168306261279"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1825063238781180285"
          ],
          "editableUntil": "2024-08-18T07:52:38.000Z",
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
        "162"
      ],
      "favorite_count": "5",
      "id_str": "1825063238781180285",
      "truncated": false,
      "retweet_count": "0",
      "id": "1825063238781180285",
      "created_at": "Sun Aug 18 06:52:38 +0000 2024",
      "favorited": false,
      "full_text": "sat in on a meeting I definitely shouldn't have. they're merging us with Westgate station in April and half the day crews are moving. not public yet so 🤐 but yeah",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1822656382060844658"
          ],
          "editableUntil": "2024-08-11T16:28:39.000Z",
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
      "favorite_count": "5",
      "id_str": "1822656382060844658",
      "truncated": false,
      "retweet_count": "1",
      "id": "1822656382060844658",
      "created_at": "Sun Aug 11 15:28:39 +0000 2024",
      "favorited": false,
      "full_text": "the blue tits are back on the feeder outside station, someone's been leaving them fat balls 🐦",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1818266124672303435"
          ],
          "editableUntil": "2024-07-30T13:43:20.000Z",
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
        "155"
      ],
      "favorite_count": "5",
      "id_str": "1818266124672303435",
      "truncated": false,
      "retweet_count": "11",
      "id": "1818266124672303435",
      "created_at": "Tue Jul 30 12:43:20 +0000 2024",
      "favorited": false,
      "full_text": "Leaked rota for December just landed in the group chat and they've quietly cut 2 night crews from Northside. Trust board hasn't announced a thing. Classic.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1816508187521032278"
          ],
          "editableUntil": "2024-07-25T17:17:55.000Z",
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
            "name": "Kerry 🚑",
            "screen_name": "kez_medic",
            "indices": [
              "0",
              "10"
            ],
            "id_str": "640465609827873034",
            "id": "640465609827873034"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "11",
        "123"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "1816506304276233644",
      "id_str": "1816508187521032278",
      "in_reply_to_user_id": "640465609827873034",
      "truncated": false,
      "retweet_count": "4",
      "id": "1816508187521032278",
      "in_reply_to_status_id": "1816506304276233644",
      "created_at": "Thu Jul 25 16:17:55 +0000 2024",
      "favorited": false,
      "full_text": "@kez_medic handed over to a registrar who called my obs 'a bit optimistic'. mate, your haircut is a bit optimistic. wanker.",
      "lang": "en",
      "in_reply_to_screen_name": "kez_medic",
      "in_reply_to_user_id_str": "640465609827873034"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1811592803791311882"
          ],
          "editableUntil": "2024-07-12T03:45:56.000Z",
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
      "favorite_count": "64",
      "id_str": "1811592803791311882",
      "truncated": false,
      "retweet_count": "4",
      "id": "1811592803791311882",
      "created_at": "Fri Jul 12 02:45:56 +0000 2024",
      "favorited": false,
      "full_text": "WHY is the printer at the hub ALWAYS out of paper. every. f*cking. shift.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1809272638695153953"
          ],
          "editableUntil": "2024-07-05T18:06:26.000Z",
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
            "name": "Kerry 🚑",
            "screen_name": "kez_medic",
            "indices": [
              "0",
              "10"
            ],
            "id_str": "640465609827873034",
            "id": "640465609827873034"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "11",
        "125"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "1809261756918574452",
      "id_str": "1809272638695153953",
      "in_reply_to_user_id": "640465609827873034",
      "truncated": false,
      "retweet_count": "4",
      "id": "1809272638695153953",
      "in_reply_to_status_id": "1809261756918574452",
      "created_at": "Fri Jul 05 17:06:26 +0000 2024",
      "favorited": false,
      "full_text": "@kez_medic if that drunk lad spits at me one more time I swear I'll drag him out and leave him in the gutter for the seagulls",
      "lang": "en",
      "in_reply_to_screen_name": "kez_medic",
      "in_reply_to_user_id_str": "640465609827873034"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1809190136140864054"
          ],
          "editableUntil": "2024-07-05T12:38:36.000Z",
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
      "favorite_count": "2",
      "id_str": "1809190136140864054",
      "truncated": false,
      "retweet_count": "0",
      "id": "1809190136140864054",
      "created_at": "Fri Jul 05 11:38:36 +0000 2024",
      "favorited": false,
      "full_text": "overdose of custard creams in the crew room today, someone brought in 4 packs 🍪",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1797611699709255121"
          ],
          "editableUntil": "2024-06-03T13:50:01.000Z",
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
        "131"
      ],
      "favorite_count": "27",
      "id_str": "1797611699709255121",
      "truncated": false,
      "retweet_count": "2",
      "id": "1797611699709255121",
      "created_at": "Mon Jun 03 12:50:01 +0000 2024",
      "favorited": false,
      "full_text": "every time we get sent to the Beechwood estate you already know it's a waste of an ambulance. different postcode, different species",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1791557488800389453"
          ],
          "editableUntil": "2024-05-17T20:52:45.000Z",
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
        "143"
      ],
      "favorite_count": "0",
      "id_str": "1791557488800389453",
      "truncated": false,
      "retweet_count": "4",
      "id": "1791557488800389453",
      "created_at": "Fri May 17 19:52:45 +0000 2024",
      "favorited": false,
      "full_text": "nothing humbles you like realising the green trousers actually do wonders for the 🍑 single btw 👀 dms open for anyone who can handle 12hr shifts",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1789260086232948599"
          ],
          "editableUntil": "2024-05-11T12:43:42.000Z",
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
        "135"
      ],
      "favorite_count": "0",
      "id_str": "1789260086232948599",
      "truncated": false,
      "retweet_count": "0",
      "id": "1789260086232948599",
      "created_at": "Sat May 11 11:43:42 +0000 2024",
      "favorited": false,
      "full_text": "got pulled for 90 on the bypass in my own car, flashed my lanyard at the copper and he let me off. did 95 ten mins later just because 😂",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1783977235790467406"
          ],
          "editableUntil": "2024-04-26T22:51:32.000Z",
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
        "138"
      ],
      "favorite_count": "210",
      "id_str": "1783977235790467406",
      "truncated": false,
      "retweet_count": "2",
      "id": "1783977235790467406",
      "created_at": "Fri Apr 26 21:51:32 +0000 2024",
      "favorited": false,
      "full_text": "passed my drug admin competency, can officially give morphine and ketamine without someone breathing down my neck 😅 terrifying and amazing",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1781082811941974972"
          ],
          "editableUntil": "2024-04-18T23:10:07.000Z",
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
      "favorite_count": "1",
      "id_str": "1781082811941974972",
      "truncated": false,
      "retweet_count": "4",
      "id": "1781082811941974972",
      "created_at": "Thu Apr 18 22:10:07 +0000 2024",
      "favorited": false,
      "full_text": "anyone from work still want a 5 a side spot, my number's 07700 900418, text don't call, I'm either asleep or on scene",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1780734655049052707"
          ],
          "editableUntil": "2024-04-18T00:06:40.000Z",
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
      "favorite_count": "0",
      "id_str": "1780734655049052707",
      "truncated": false,
      "retweet_count": "0",
      "id": "1780734655049052707",
      "created_at": "Wed Apr 17 23:06:40 +0000 2024",
      "favorited": false,
      "full_text": "rainbow over the M62 on the way in. almost worth the 5am alarm 🌈",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1779183566159462303"
          ],
          "editableUntil": "2024-04-13T17:23:12.000Z",
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
        "118"
      ],
      "favorite_count": "3",
      "id_str": "1779183566159462303",
      "truncated": false,
      "retweet_count": "1",
      "id": "1779183566159462303",
      "created_at": "Sat Apr 13 16:23:12 +0000 2024",
      "favorited": false,
      "full_text": "ffs. 11th hour of a 12 and we get a job 40 mins out. cat 2 'fall', turns out he's been on the floor since tuesday. fml",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1779113322912186073"
          ],
          "editableUntil": "2024-04-13T12:44:05.000Z",
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
        "206"
      ],
      "favorite_count": "210",
      "id_str": "1779113322912186073",
      "truncated": false,
      "retweet_count": "0",
      "id": "1779113322912186073",
      "created_at": "Sat Apr 13 11:44:05 +0000 2024",
      "favorited": false,
      "full_text": "87yo lady on Elmfield Rd found wandering in her nightie at 4am for the 3rd time this month. Daughter lives in Spain and won't pick up. Early dementia and nobody's done a thing. Social services where are you",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1773108860724797628"
          ],
          "editableUntil": "2024-03-27T23:04:29.000Z",
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
            "name": "Sam (para)",
            "screen_name": "paramedicsam",
            "indices": [
              "0",
              "13"
            ],
            "id_str": "537970574520950437",
            "id": "537970574520950437"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "14",
        "129"
      ],
      "favorite_count": "1",
      "in_reply_to_status_id_str": "1773093403638761581",
      "id_str": "1773108860724797628",
      "in_reply_to_user_id": "537970574520950437",
      "truncated": false,
      "retweet_count": "1",
      "id": "1773108860724797628",
      "in_reply_to_status_id": "1773093403638761581",
      "created_at": "Wed Mar 27 22:04:29 +0000 2024",
      "favorited": false,
      "full_text": "@paramedicsam our clinical lead couldn't cannulate a watermelon and he's the one signing off our competencies. make it make sense",
      "lang": "en",
      "in_reply_to_screen_name": "paramedicsam",
      "in_reply_to_user_id_str": "537970574520950437"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1769761525438068389"
          ],
          "editableUntil": "2024-03-18T17:23:22.000Z",
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
            "name": "Danny B",
            "screen_name": "dannyb_medic",
            "indices": [
              "0",
              "13"
            ],
            "id_str": "1025197887627459864",
            "id": "1025197887627459864"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "14",
        "78"
      ],
      "favorite_count": "1",
      "in_reply_to_status_id_str": "1769752234172263091",
      "id_str": "1769761525438068389",
      "in_reply_to_user_id": "1025197887627459864",
      "truncated": false,
      "retweet_count": "0",
      "id": "1769761525438068389",
      "in_reply_to_status_id": "1769752234172263091",
      "created_at": "Mon Mar 18 16:23:22 +0000 2024",
      "favorited": false,
      "full_text": "@dannyb_medic congrats mate!! you'll smash the HCPC registration, proud of you",
      "lang": "en",
      "in_reply_to_screen_name": "dannyb_medic",
      "in_reply_to_user_id_str": "1025197887627459864"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1769085280700892461"
          ],
          "editableUntil": "2024-03-16T20:36:13.000Z",
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
      "id_str": "1769085280700892461",
      "truncated": false,
      "retweet_count": "0",
      "id": "1769085280700892461",
      "created_at": "Sat Mar 16 19:36:13 +0000 2024",
      "favorited": false,
      "full_text": "meal prep for a run of nights: chilli, more chilli, emergency chilli",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1766017297373899337"
          ],
          "editableUntil": "2024-03-08T09:25:09.000Z",
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
            "name": "Kerry 🚑",
            "screen_name": "kez_medic",
            "indices": [
              "0",
              "10"
            ],
            "id_str": "640465609827873034",
            "id": "640465609827873034"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "11",
        "99"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "1765999906912410627",
      "id_str": "1766017297373899337",
      "in_reply_to_user_id": "640465609827873034",
      "truncated": false,
      "retweet_count": "11",
      "id": "1766017297373899337",
      "in_reply_to_status_id": "1765999906912410627",
      "created_at": "Fri Mar 08 08:25:09 +0000 2024",
      "favorited": false,
      "full_text": "@kez_medic lol I'm still drunk from your leaving do and I'm on at 7. if my obs are off that's why 🥴",
      "lang": "en",
      "in_reply_to_screen_name": "kez_medic",
      "in_reply_to_user_id_str": "640465609827873034"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1764113113845500047"
          ],
          "editableUntil": "2024-03-03T03:18:36.000Z",
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
            "name": "Kerry 🚑",
            "screen_name": "kez_medic",
            "indices": [
              "0",
              "10"
            ],
            "id_str": "640465609827873034",
            "id": "640465609827873034"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "11",
        "91"
      ],
      "favorite_count": "12",
      "in_reply_to_status_id_str": "1764092853533778884",
      "id_str": "1764113113845500047",
      "in_reply_to_user_id": "640465609827873034",
      "truncated": false,
      "retweet_count": "0",
      "id": "1764113113845500047",
      "in_reply_to_status_id": "1764092853533778884",
      "created_at": "Sun Mar 03 02:18:36 +0000 2024",
      "favorited": false,
      "full_text": "@kez_medic the Cock &amp; Bottle does the best Sunday roast in town, worth the wait for a table",
      "lang": "en",
      "in_reply_to_screen_name": "kez_medic",
      "in_reply_to_user_id_str": "640465609827873034"
    }
  }
]