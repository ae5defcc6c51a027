window.YTD.tweets.part0 = [
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1980788969325286289"
          ],
          "editableUntil": "2025-10-22T01:11:06.000Z",
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
      "favorite_count": "4",
      "id_str": "1980788969325286289",
      "truncated": false,
      "retweet_count": "1",
      "id": "1980788969325286289",
      "created_at": "Wed Oct 22 00:11:06 +0000 2025",
      "favorited": false,
      "full_text": "placement interview at a chemical plant in scunthorpe tomorrow, wish me luck &amp; send outfit advice",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1958304563172530918"
          ],
          "editableUntil": "2025-08-21T00:06:06.000Z",
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
        "86"
      ],
      "favorite_count": "0",
      "id_str": "1958304563172530918",
      "truncated": false,
      "retweet_count": "0",
      "id": "1958304563172530918",
      "created_at": "Wed Aug 20 23:06:06 +0000 2025",
      "favorited": false,
      "full_text": "organic chem is such a shitshow. who let carbon have four bonds. nobody asked for this",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1955236400157982622"
          ],
          "editableUntil": "2025-08-12T12:54:18.000Z",
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
            "name": "Leedsgiglistings",
            "screen_name": "leedsgiglistings",
            "indices": [
              "3",
              "20"
            ],
            "id_str": "1460162345132858361",
            "id": "1460162345132858361"
          }
        ],
        "urls": [
          {
            "url": "https://t.co/Xb3kQ9mZ2p",
            "expanded_url": "https://www.leedsgiglistings.co.uk/belgrave-march",
            "display_url": "leedsgiglistings.co.uk/belgrave-m…",
            "indices": [
              "119",
              "142"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "142"
      ],
      "favorite_count": "0",
      "id_str": "1955236400157982622",
      "truncated": false,
      "retweet_count": "0",
      "id": "1955236400157982622",
      "created_at": "Tue Aug 12 11:54:18 +0000 2025",
      "favorited": false,
      "full_text": "RT @leedsgiglistings: just announced 🎸 3 nights of local bands at belgrave music hall in march, £5 a night &gt;&gt; tickets: https://t.co/Xb3kQ9mZ2p",
      "lang": "en",
      "possibly_sensitive": false
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1954830790952610869"
          ],
          "editableUntil": "2025-08-11T10:02:34.000Z",
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
            "name": "Liv Gigs",
            "screen_name": "liv_gigs",
            "indices": [
              "0",
              "9"
            ],
            "id_str": "475585717",
            "id": "475585717"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "10",
        "68"
      ],
      "favorite_count": "1",
      "in_reply_to_status_id_str": "1954819763453817324",
      "in_reply_to_status_id": "1954819763453817324",
      "in_reply_to_user_id": "475585717",
      "in_reply_to_user_id_str": "475585717",
      "in_reply_to_screen_name": "liv_gigs",
      "id_str": "1954830790952610869",
      "truncated": false,
      "retweet_count": "2",
      "id": "1954830790952610869",
      "created_at": "Mon Aug 11 09:02:34 +0000 2025",
      "favorited": false,
      "full_text": "@liv_gigs getting the 19:40, meet u by the pasty shop at the station",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1946840704979489009"
          ],
          "editableUntil": "2025-07-20T08:52:49.000Z",
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
      "favorite_count": "61",
      "id_str": "1946840704979489009",
      "truncated": false,
      "retweet_count": "0",
      "id": "1946840704979489009",
      "created_at": "Sun Jul 20 07:52:49 +0000 2025",
      "favorited": false,
      "full_text": "GOT MY TICKETS 🎟️🎟️ e-ticket ref TM-5520-8817-43, block 104 row D seat 14, if ur sat near me come say hi!!",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1944355405761659708"
          ],
          "editableUntil": "2025-07-13T12:17:07.000Z",
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
      "favorite_count": "3",
      "id_str": "1944355405761659708",
      "truncated": false,
      "retweet_count": "2",
      "id": "1944355405761659708",
      "created_at": "Sun Jul 13 11:17:07 +0000 2025",
      "favorited": false,
      "full_text": "if the bassist from tonight wants to ruin my life my dms are open 🍆💦",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1937722393988140844"
          ],
          "editableUntil": "2025-06-25T04:59:54.000Z",
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
      "favorite_count": "27",
      "id_str": "1937722393988140844",
      "truncated": false,
      "retweet_count": "1",
      "id": "1937722393988140844",
      "created_at": "Wed Jun 25 03:59:54 +0000 2025",
      "favorited": false,
      "full_text": "selling feet pics to fund glasto, serious enquiries only, 18+ obvs, link in bio 😌🦶",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1929223241151814511"
          ],
          "editableUntil": "2025-06-01T18:07:18.000Z",
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
      "favorite_count": "3",
      "id_str": "1929223241151814511",
      "truncated": false,
      "retweet_count": "5",
      "id": "1929223241151814511",
      "created_at": "Sun Jun 01 17:07:18 +0000 2025",
      "favorited": false,
      "full_text": "eduroam has died again or does it just hate me specifically",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1929196689061181729"
          ],
          "editableUntil": "2025-06-01T16:21:48.000Z",
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
      "favorite_count": "27",
      "id_str": "1929196689061181729",
      "truncated": false,
      "retweet_count": "0",
      "id": "1929196689061181729",
      "created_at": "Sun Jun 01 15:21:48 +0000 2025",
      "favorited": false,
      "full_text": "manager docked me an hour bc the till was 20p out. £11.44 an hour to be treated like a criminal. whoever runs that bar is a clown",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1920839380513793839"
          ],
          "editableUntil": "2025-05-09T14:52:50.000Z",
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
        "101"
      ],
      "favorite_count": "27",
      "id_str": "1920839380513793839",
      "truncated": false,
      "retweet_count": "0",
      "id": "1920839380513793839",
      "created_at": "Fri May 09 13:52:50 +0000 2025",
      "favorited": false,
      "full_text": "drug discovery careers fair today. went home with 11 free pens, a pfizer tote bag and zero job offers",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1919867898089627467"
          ],
          "editableUntil": "2025-05-06T22:32:30.000Z",
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
      "favorite_count": "0",
      "id_str": "1919867898089627467",
      "truncated": false,
      "retweet_count": "5",
      "id": "1919867898089627467",
      "created_at": "Tue May 06 21:32:30 +0000 2025",
      "favorited": false,
      "full_text": "just saw on the manager's laptop that the new girl is on £12.50 and i'm on £11.44 after a year there. cool cool cool. loyalty really pays",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1919180376512523455"
          ],
          "editableUntil": "2025-05-05T01:00:33.000Z",
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
      "favorite_count": "0",
      "id_str": "1919180376512523455",
      "truncated": false,
      "retweet_count": "1",
      "id": "1919180376512523455",
      "created_at": "Mon May 05 00:00:33 +0000 2025",
      "favorited": false,
      "full_text": "turned up to 9am organic lab still on one from the brudenell, demonstrator asked if i was ok and i said never better while my jaw was going sideways 🙃",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1918658887298560650"
          ],
          "editableUntil": "2025-05-03T14:28:20.000Z",
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
      "favorite_count": "4",
      "id_str": "1918658887298560650",
      "truncated": false,
      "retweet_count": "1",
      "id": "1918658887298560650",
      "created_at": "Sat May 03 13:28:20 +0000 2025",
      "favorited": false,
      "full_text": "anyone got a plug for leeds fest? need ❄️ and a couple of 🍄 for the saturday, dm me pls not paying festival prices",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1911567613460198728"
          ],
          "editableUntil": "2025-04-14T00:50:08.000Z",
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
        "111"
      ],
      "favorite_count": "2",
      "id_str": "1911567613460198728",
      "truncated": false,
      "retweet_count": "5",
      "id": "1911567613460198728",
      "created_at": "Sun Apr 13 23:50:08 +0000 2025",
      "favorited": false,
      "full_text": "crack cloud at the brudenell tonight, didn't know what to expect and it was the best gig i've been to this year",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1910085486529469005"
          ],
          "editableUntil": "2025-04-09T22:40:42.000Z",
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
      "favorite_count": "1",
      "id_str": "1910085486529469005",
      "truncated": false,
      "retweet_count": "0",
      "id": "1910085486529469005",
      "created_at": "Wed Apr 09 21:40:42 +0000 2025",
      "favorited": false,
      "full_text": "got put with the muslim lad for the lab project. he'll be off praying half the session so guess who's doing all the titrations 🙄",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1906285620060849828"
          ],
          "editableUntil": "2025-03-30T11:01:23.000Z",
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
      "favorite_count": "0",
      "id_str": "1906285620060849828",
      "truncated": false,
      "retweet_count": "0",
      "id": "1906285620060849828",
      "created_at": "Sun Mar 30 10:01:23 +0000 2025",
      "favorited": false,
      "full_text": "someone left the CHEM2140 exam paper on the printer in the teaching lab. not saying anything. just saying revise diels-alder 👀",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1903879055129591666"
          ],
          "editableUntil": "2025-03-23T19:38:33.000Z",
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
        "123"
      ],
      "favorite_count": "0",
      "id_str": "1903879055129591666",
      "truncated": false,
      "retweet_count": "0",
      "id": "1903879055129591666",
      "created_at": "Sun Mar 23 18:38:33 +0000 2025",
      "favorited": false,
      "full_text": "man in the pit kept grabbing my mate so i put my keys between my knuckles and let's just say he won't be doing that again 🙂",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1899973417714434065"
          ],
          "editableUntil": "2025-03-13T00:58:57.000Z",
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
            "name": "Leedsravescene",
            "screen_name": "leedsravescene",
            "indices": [
              "3",
              "18"
            ],
            "id_str": "1042208837220782839",
            "id": "1042208837220782839"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "126"
      ],
      "favorite_count": "0",
      "id_str": "1899973417714434065",
      "truncated": false,
      "retweet_count": "0",
      "id": "1899973417714434065",
      "created_at": "Wed Mar 12 23:58:57 +0000 2025",
      "favorited": false,
      "full_text": "RT @leedsravescene: reminder bag checks at the arena are a joke, bring ur baggies in ur bra like always 🍃❄️ see u at the front",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1898896863926867949"
          ],
          "editableUntil": "2025-03-10T01:41:06.000Z",
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
      "favorite_count": "1",
      "id_str": "1898896863926867949",
      "truncated": false,
      "retweet_count": "1",
      "id": "1898896863926867949",
      "created_at": "Mon Mar 10 00:41:06 +0000 2025",
      "favorited": false,
      "full_text": "jet2 flight LS871 to barcelona for primavera delayed 3 hours and we got a £4 food voucher each. that's one (1) croissant",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1891386719095184141"
          ],
          "editableUntil": "2025-02-17T08:18:28.000Z",
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
        "146"
      ],
      "favorite_count": "61",
      "id_str": "1891386719095184141",
      "truncated": false,
      "retweet_count": "5",
      "id": "1891386719095184141",
      "created_at": "Mon Feb 17 07:18:28 +0000 2025",
      "favorited": false,
      "full_text": "if the lad who nicked my bike from outside the chem building is reading this i know where u live and i'm going to break both your legs. not a joke",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1879433008444142500"
          ],
          "editableUntil": "2025-01-15T08:38:42.000Z",
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
            "name": "Liv Gigs",
            "screen_name": "liv_gigs",
            "indices": [
              "0",
              "9"
            ],
            "id_str": "475585717",
            "id": "475585717"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "10",
        "93"
      ],
      "favorite_count": "4",
      "in_reply_to_status_id_str": "1879417636014940405",
      "in_reply_to_status_id": "1879417636014940405",
      "in_reply_to_user_id": "475585717",
      "in_reply_to_user_id_str": "475585717",
      "in_reply_to_screen_name": "liv_gigs",
      "id_str": "1879433008444142500",
      "truncated": false,
      "retweet_count": "2",
      "id": "1879433008444142500",
      "created_at": "Wed Jan 15 07:38:42 +0000 2025",
      "favorited": false,
      "full_text": "@liv_gigs text me on 07700 900412 my data's gone and i'm outside the academy by the merch van",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1870749741109846919"
          ],
          "editableUntil": "2024-12-22T09:34:29.000Z",
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
        "146"
      ],
      "favorite_count": "6",
      "id_str": "1870749741109846919",
      "truncated": false,
      "retweet_count": "5",
      "id": "1870749741109846919",
      "created_at": "Sun Dec 22 08:34:29 +0000 2024",
      "favorited": false,
      "full_text": "pharmacology lecture on how lidocaine was developed from cocaine but without the addictive bit. genuinely the most interesting hour of second year",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1865514893587000959"
          ],
          "editableUntil": "2024-12-07T22:53:04.000Z",
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
            "name": "Liv Gigs",
            "screen_name": "liv_gigs",
            "indices": [
              "0",
              "9"
            ],
            "id_str": "475585717",
            "id": "475585717"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "10",
        "133"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "1865510388746161356",
      "in_reply_to_status_id": "1865510388746161356",
      "in_reply_to_user_id": "475585717",
      "in_reply_to_user_id_str": "475585717",
      "in_reply_to_screen_name": "liv_gigs",
      "id_str": "1865514893587000959",
      "truncated": false,
      "retweet_count": "2",
      "id": "1865514893587000959",
      "created_at": "Sat Dec 07 21:53:04 +0000 2024",
      "favorited": false,
      "full_text": "@liv_gigs we are NOT discussing what happened with the drummer by the fire exit 😭 let's just say i saw more of him than the crowd did",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1864677458418822275"
          ],
          "editableUntil": "2024-12-05T15:25:24.000Z",
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
      "favorite_count": "6",
      "id_str": "1864677458418822275",
      "truncated": false,
      "retweet_count": "0",
      "id": "1864677458418822275",
      "created_at": "Thu Dec 05 14:25:24 +0000 2024",
      "favorited": false,
      "full_text": "revision playlist is just the same 4 boygenius songs on loop &amp; that's ok",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1861892628648126394"
          ],
          "editableUntil": "2024-11-27T22:59:29.000Z",
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
      "favorite_count": "1",
      "id_str": "1861892628648126394",
      "truncated": false,
      "retweet_count": "0",
      "id": "1861892628648126394",
      "created_at": "Wed Nov 27 21:59:29 +0000 2024",
      "favorited": false,
      "full_text": "6 jägerbombs, 2 bottles of rosé and a questionable cig from a man called deano. leeds fest day 1 you have been conquered 🍻",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1860776388392386008"
          ],
          "editableUntil": "2024-11-24T21:03:57.000Z",
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
      "favorite_count": "1",
      "id_str": "1860776388392386008",
      "truncated": false,
      "retweet_count": "0",
      "id": "1860776388392386008",
      "created_at": "Sun Nov 24 20:03:57 +0000 2024",
      "favorited": false,
      "full_text": "gig was unreal but why are there always old people at the front. if ur over 40 stand at the back or stay home tbh",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1854499967173406436"
          ],
          "editableUntil": "2024-11-07T13:23:41.000Z",
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
        "161"
      ],
      "favorite_count": "0",
      "id_str": "1854499967173406436",
      "truncated": false,
      "retweet_count": "0",
      "id": "1854499967173406436",
      "created_at": "Thu Nov 07 12:23:41 +0000 2024",
      "favorited": false,
      "full_text": "if u lost anything at last night's gig the brudenell's lost property number is 0113 496 0718 (box office, weekdays 11-5). someone's left a very nice denim jacket",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1851785750041959728"
          ],
          "editableUntil": "2024-10-31T01:38:21.000Z",
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
        "42"
      ],
      "favorite_count": "61",
      "id_str": "1851785750041959728",
      "truncated": false,
      "retweet_count": "0",
      "id": "1851785750041959728",
      "created_at": "Thu Oct 31 00:38:21 +0000 2024",
      "favorited": false,
      "full_text": "sunset over hyde park tonight was unreal 🧡",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1847222789259118242"
          ],
          "editableUntil": "2024-10-18T11:26:47.000Z",
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
      "favorite_count": "2",
      "id_str": "1847222789259118242",
      "truncated": false,
      "retweet_count": "2",
      "id": "1847222789259118242",
      "created_at": "Fri Oct 18 10:26:47 +0000 2024",
      "favorited": false,
      "full_text": "new fit for idles on friday and honestly my tits have never looked better 🍒 whoever ends up next to me at the barrier... u r welcome",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1841641390066956312"
          ],
          "editableUntil": "2024-10-03T01:48:18.000Z",
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
        "167"
      ],
      "favorite_count": "0",
      "id_str": "1841641390066956312",
      "truncated": false,
      "retweet_count": "0",
      "id": "1841641390066956312",
      "created_at": "Thu Oct 03 00:48:18 +0000 2024",
      "favorited": false,
      "full_text": "my PI replied to my email about the summer project with 'k.' after 3 weeks. inspirational leadership as always from a man who hasn't set foot in his own lab since 2019",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1836008596989980649"
          ],
          "editableUntil": "2024-09-17T12:45:35.000Z",
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
      "id_str": "1836008596989980649",
      "truncated": false,
      "retweet_count": "5",
      "id": "1836008596989980649",
      "created_at": "Tue Sep 17 11:45:35 +0000 2024",
      "favorited": false,
      "full_text": "screaming 'never fight a man with a perm' with 2000 strangers is better than therapy",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1833663731832298556"
          ],
          "editableUntil": "2024-09-11T01:27:56.000Z",
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
      "favorite_count": "6",
      "id_str": "1833663731832298556",
      "truncated": false,
      "retweet_count": "5",
      "id": "1833663731832298556",
      "created_at": "Wed Sep 11 00:27:56 +0000 2024",
      "favorited": false,
      "full_text": "spent 5 hours distilling ethanol in a fermentation practical and we weren't even allowed to keep any of it. rigged",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1831821086807773956"
          ],
          "editableUntil": "2024-09-05T23:25:55.000Z",
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
      "id_str": "1831821086807773956",
      "truncated": false,
      "retweet_count": "2",
      "id": "1831821086807773956",
      "created_at": "Thu Sep 05 22:25:55 +0000 2024",
      "favorited": false,
      "full_text": "first week on lisdexamfetamine for my adhd and i read a whole paper without opening tiktok once. the GP was right",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1830528340731757638"
          ],
          "editableUntil": "2024-09-02T09:49:00.000Z",
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
      "favorite_count": "1",
      "id_str": "1830528340731757638",
      "truncated": false,
      "retweet_count": "0",
      "id": "1830528340731757638",
      "created_at": "Mon Sep 02 08:49:00 +0000 2024",
      "favorited": false,
      "full_text": "nicked a bottle of prosecco from the big tesco for pres and the security guard just watched me walk out. student finance could never",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1829242928842358052"
          ],
          "editableUntil": "2024-08-29T20:41:14.000Z",
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
      "id_str": "1829242928842358052",
      "truncated": false,
      "retweet_count": "0",
      "id": "1829242928842358052",
      "created_at": "Thu Aug 29 19:41:14 +0000 2024",
      "favorited": false,
      "full_text": "pissed jeans at the brudenell was the loudest thing i've ever heard and i literally work with fume cupboard explosions",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1826776604081244651"
          ],
          "editableUntil": "2024-08-23T01:20:56.000Z",
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
      "favorite_count": "61",
      "id_str": "1826776604081244651",
      "truncated": false,
      "retweet_count": "0",
      "id": "1826776604081244651",
      "created_at": "Fri Aug 23 00:20:56 +0000 2024",
      "favorited": false,
      "full_text": "beer battered halloumi from the chippy on otley road is the peak of leeds cuisine i will not be taking questions",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1826666889869336515"
          ],
          "editableUntil": "2024-08-22T18:04:59.000Z",
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
      "favorite_count": "27",
      "id_str": "1826666889869336515",
      "truncated": false,
      "retweet_count": "1",
      "id": "1826666889869336515",
      "created_at": "Thu Aug 22 17:04:59 +0000 2024",
      "favorited": false,
      "full_text": "queueing for the barrier since 2pm. bring snacks they said. i brought one (1) banana",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1825827518242529348"
          ],
          "editableUntil": "2024-08-20T10:29:37.000Z",
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
      "favorite_count": "1",
      "id_str": "1825827518242529348",
      "truncated": false,
      "retweet_count": "2",
      "id": "1825827518242529348",
      "created_at": "Tue Aug 20 09:29:37 +0000 2024",
      "favorited": false,
      "full_text": "attenborough just said 'and here a blue-footed booby tries to impress a female' and my entire flat had to pause it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1823058721287085810"
          ],
          "editableUntil": "2024-08-12T19:07:24.000Z",
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
        "58"
      ],
      "favorite_count": "3",
      "id_str": "1823058721287085810",
      "truncated": false,
      "retweet_count": "0",
      "id": "1823058721287085810",
      "created_at": "Mon Aug 12 18:07:24 +0000 2024",
      "favorited": false,
      "full_text": "first 2:1 on a lab report 🥹 mum ur daughter is a scientist",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1814194624894820855"
          ],
          "editableUntil": "2024-07-19T08:04:39.000Z",
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
      "favorite_count": "9",
      "id_str": "1814194624894820855",
      "truncated": false,
      "retweet_count": "0",
      "id": "1814194624894820855",
      "created_at": "Fri Jul 19 07:04:39 +0000 2024",
      "favorited": false,
      "full_text": "pres at mine before the gig!! flat 2, 27 kelmscott terrace, LS6 3QZ, buzz twice, bring ur own mixers and whatever else 😉",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1813512145658538560"
          ],
          "editableUntil": "2024-07-17T10:52:43.000Z",
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
        "127"
      ],
      "favorite_count": "0",
      "id_str": "1813512145658538560",
      "truncated": false,
      "retweet_count": "0",
      "id": "1813512145658538560",
      "created_at": "Wed Jul 17 09:52:43 +0000 2024",
      "favorited": false,
      "full_text": "got a photo pass for the brudenell!! first time shooting from the pit, 3 songs no flash, got some shots i'm actually proud of 📸",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1809375937667212494"
          ],
          "editableUntil": "2024-07-06T00:56:54.000Z",
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
        "58"
      ],
      "favorite_count": "4",
      "id_str": "1809375937667212494",
      "truncated": false,
      "retweet_count": "0",
      "id": "1809375937667212494",
      "created_at": "Fri Jul 05 23:56:54 +0000 2024",
      "favorited": false,
      "full_text": "lmfaooo my flatmate just tried to make pasta in the kettle",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1803087438922595254"
          ],
          "editableUntil": "2024-06-18T16:28:39.000Z",
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
        "156"
      ],
      "favorite_count": "3",
      "id_str": "1803087438922595254",
      "truncated": false,
      "retweet_count": "2",
      "id": "1803087438922595254",
      "created_at": "Tue Jun 18 15:28:39 +0000 2024",
      "favorited": false,
      "full_text": "new bar manager only hires girls under 25 'for the vibe' and binned a cv from a woman in her 40s without reading it. tbf the regulars do want young staff so",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1798697177936441177"
          ],
          "editableUntil": "2024-06-06T13:43:20.000Z",
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
      "favorite_count": "27",
      "id_str": "1798697177936441177",
      "truncated": false,
      "retweet_count": "0",
      "id": "1798697177936441177",
      "created_at": "Thu Jun 06 12:43:20 +0000 2024",
      "favorited": false,
      "full_text": "grandad turned 80 today and beat me at scrabble with QI on a triple word. absolute legend",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1796939241603792008"
          ],
          "editableUntil": "2024-06-01T17:17:55.000Z",
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
      "favorite_count": "3",
      "id_str": "1796939241603792008",
      "truncated": false,
      "retweet_count": "5",
      "id": "1796939241603792008",
      "created_at": "Sat Jun 01 16:17:55 +0000 2024",
      "favorited": false,
      "full_text": "placement update: the compound we've been running assays on all summer is going into phase 1 next spring. not announced yet and i signed like 3 NDAs but it might actually fix migraines??? science is so cool",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1789703692444193647"
          ],
          "editableUntil": "2024-05-12T18:06:26.000Z",
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
        "123"
      ],
      "favorite_count": "2",
      "id_str": "1789703692444193647",
      "truncated": false,
      "retweet_count": "0",
      "id": "1789703692444193647",
      "created_at": "Sun May 12 17:06:26 +0000 2024",
      "favorited": false,
      "full_text": "fontaines absolutely killed it tonight. grian stood on the monitor for the whole of starburster and i forgot how to breathe",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1789621194014265450"
          ],
          "editableUntil": "2024-05-12T12:38:36.000Z",
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
        "55"
      ],
      "favorite_count": "1",
      "id_str": "1789621194014265450",
      "truncated": false,
      "retweet_count": "1",
      "id": "1789621194014265450",
      "created_at": "Sun May 12 11:38:36 +0000 2024",
      "favorited": false,
      "full_text": "WHAT THE FUCK WAS THAT SETLIST. i am crying in a greggs",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1785627556699439435"
          ],
          "editableUntil": "2024-05-01T12:09:19.000Z",
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
        "141"
      ],
      "favorite_count": "9",
      "id_str": "1785627556699439435",
      "truncated": false,
      "retweet_count": "0",
      "id": "1785627556699439435",
      "created_at": "Wed May 01 11:09:19 +0000 2024",
      "favorited": false,
      "full_text": "summer project is on the decomposition of organic azides so i basically get to make things go bang. supervised. in a fume hood. mum pls relax",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1773869336448101310"
          ],
          "editableUntil": "2024-03-30T01:26:21.000Z",
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
        "149"
      ],
      "favorite_count": "27",
      "id_str": "1773869336448101310",
      "truncated": false,
      "retweet_count": "5",
      "id": "1773869336448101310",
      "created_at": "Sat Mar 30 00:26:21 +0000 2024",
      "favorited": false,
      "full_text": "bar's getting bought out by a chain in january, gaz told us in confidence. none of the regulars know and half of us are getting let go lol merry xmas",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1771988545813720004"
          ],
          "editableUntil": "2024-03-24T20:52:45.000Z",
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
            "name": "Callumwrites",
            "screen_name": "callumwrites",
            "indices": [
              "0",
              "13"
            ],
            "id_str": "1505774865124337833",
            "id": "1505774865124337833"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "14",
        "140"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "1771968706392527882",
      "in_reply_to_status_id": "1771968706392527882",
      "in_reply_to_user_id": "1505774865124337833",
      "in_reply_to_user_id_str": "1505774865124337833",
      "in_reply_to_screen_name": "callumwrites",
      "id_str": "1771988545813720004",
      "truncated": false,
      "retweet_count": "1",
      "id": "1771988545813720004",
      "created_at": "Sun Mar 24 19:52:45 +0000 2024",
      "favorited": false,
      "full_text": "@callumwrites customers at work tonight were actual neanderthals. one man clicked his fingers at me 4 times. hope he enjoyed his flat pint x",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1769691143671195717"
          ],
          "editableUntil": "2024-03-18T12:43:42.000Z",
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
      "id_str": "1769691143671195717",
      "truncated": false,
      "retweet_count": "5",
      "id": "1769691143671195717",
      "created_at": "Mon Mar 18 11:43:42 +0000 2024",
      "favorited": false,
      "full_text": "14 placement applications sent, 0 replies. the grind continues",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1767726937729442778"
          ],
          "editableUntil": "2024-03-13T02:38:39.000Z",
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
      "favorite_count": "61",
      "id_str": "1767726937729442778",
      "truncated": false,
      "retweet_count": "0",
      "id": "1767726937729442778",
      "created_at": "Wed Mar 13 01:38:39 +0000 2024",
      "favorited": false,
      "full_text": "train to sheffield goes through penistone and my flatmate laughed at the station sign for 10 solid minutes. we are 20",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1764408290530368054"
          ],
          "editableUntil": "2024-03-03T22:51:32.000Z",
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
        "144"
      ],
      "favorite_count": "2",
      "id_str": "1764408290530368054",
      "truncated": false,
      "retweet_count": "0",
      "id": "1764408290530368054",
      "created_at": "Sun Mar 03 21:51:32 +0000 2024",
      "favorited": false,
      "full_text": "3 pingers deep at warehouse project and my chem degree is finally paying off, could tell u the molar mass of everything in my bloodstream rn 💊💊💊",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1761513864538025701"
          ],
          "editableUntil": "2024-02-24T23:10:07.000Z",
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
      "favorite_count": "0",
      "id_str": "1761513864538025701",
      "truncated": false,
      "retweet_count": "2",
      "id": "1761513864538025701",
      "created_at": "Sat Feb 24 22:10:07 +0000 2024",
      "favorited": false,
      "full_text": "wet leg did chaise longue twice and the whole tent lost it. best set of the weekend",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1761165708883931293"
          ],
          "editableUntil": "2024-02-24T00:06:40.000Z",
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
        "205"
      ],
      "favorite_count": "9",
      "id_str": "1761165708883931293",
      "truncated": false,
      "retweet_count": "1",
      "id": "1761165708883931293",
      "created_at": "Fri Feb 23 23:06:40 +0000 2024",
      "favorited": false,
      "full_text": "love how the rota at work is made by someone who has never done a friday shift in their life. 'exciting chance to pick up extra hours!!' no gaz it's called being understaffed bc ur too tight to hire anyone",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1759614619832222186"
          ],
          "editableUntil": "2024-02-19T17:23:12.000Z",
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
        "111"
      ],
      "favorite_count": "0",
      "id_str": "1759614619832222186",
      "truncated": false,
      "retweet_count": "5",
      "id": "1759614619832222186",
      "created_at": "Mon Feb 19 16:23:12 +0000 2024",
      "favorited": false,
      "full_text": "my mate drove us back from download after 4 cans, M1 at 95 with no lights on for a laugh. still buzzing from it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1753539916303749985"
          ],
          "editableUntil": "2024-02-02T23:04:29.000Z",
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
        "86"
      ],
      "favorite_count": "0",
      "id_str": "1753539916303749985",
      "truncated": false,
      "retweet_count": "5",
      "id": "1753539916303749985",
      "created_at": "Fri Feb 02 22:04:29 +0000 2024",
      "favorited": false,
      "full_text": "ffs the 56 has driven past me THREE times, full every time. first bus u absolute c*nts",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1750192578952268241"
          ],
          "editableUntil": "2024-01-24T17:23:22.000Z",
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
        "144"
      ],
      "favorite_count": "27",
      "id_str": "1750192578952268241",
      "truncated": false,
      "retweet_count": "1",
      "id": "1750192578952268241",
      "created_at": "Wed Jan 24 16:23:22 +0000 2024",
      "favorited": false,
      "full_text": "lost my provisional in the pit at the academy 😭 JODIE KERR, licence no. KERR9812056J99AB, if anyone finds it pls dm i need it for ID on saturday",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1749516335184665443"
          ],
          "editableUntil": "2024-01-22T20:36:13.000Z",
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
            "name": "Callumwrites",
            "screen_name": "callumwrites",
            "indices": [
              "0",
              "13"
            ],
            "id_str": "1505774865124337833",
            "id": "1505774865124337833"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "14",
        "133"
      ],
      "favorite_count": "61",
      "in_reply_to_status_id_str": "1749490793819484707",
      "in_reply_to_status_id": "1749490793819484707",
      "in_reply_to_user_id": "1505774865124337833",
      "in_reply_to_user_id_str": "1505774865124337833",
      "in_reply_to_screen_name": "callumwrites",
      "id_str": "1749516335184665443",
      "truncated": false,
      "retweet_count": "1",
      "id": "1749516335184665443",
      "created_at": "Mon Jan 22 19:36:13 +0000 2024",
      "favorited": false,
      "full_text": "@callumwrites singer said 'this one's about a murder' then 'actually they're all about murders' and i've never loved a folk band more",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1746448351547176180"
          ],
          "editableUntil": "2024-01-14T09:25:09.000Z",
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
        "192"
      ],
      "favorite_count": "6",
      "id_str": "1746448351547176180",
      "truncated": false,
      "retweet_count": "5",
      "id": "1746448351547176180",
      "created_at": "Sun Jan 14 08:25:09 +0000 2024",
      "favorited": false,
      "full_text": "looking for a 4th housemate in headingley for sept!! must be chill, tidy-ish and no international students sorry, we want someone who'll actually come out w us and speak english in the house 🙏",
      "lang": "en"
    }
  }
]