window.YTD.tweets.part0 = [
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1982804054904917961"
          ],
          "editableUntil": "2025-10-27T14:38:20.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "id_str": "1982804054904917961",
      "truncated": false,
      "retweet_count": "0",
      "id": "1982804054904917961",
      "created_at": "Mon Oct 27 13:38:20 +0000 2025",
      "favorited": false,
      "full_text": "IT'S BOOKED!!! Antigua for the Test in March 🏏🇦🇬 LHR→ANU BA2155, booking ref QXZ4PL, seat 38K. Barmy Army here I come",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1980738172496575189"
          ],
          "editableUntil": "2025-10-21T21:49:15.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
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
      "favorite_count": "12",
      "id_str": "1980738172496575189",
      "truncated": false,
      "retweet_count": "5",
      "id": "1980738172496575189",
      "created_at": "Tue Oct 21 20:49:15 +0000 2025",
      "favorited": false,
      "full_text": "3 buses in, 3 buses out. Tea's on, feet up",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1973887544433678933"
          ],
          "editableUntil": "2025-10-03T00:07:18.000Z",
          "editsRemaining": "5",
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
            "url": "https://t.co/Lr7Wn2aZc0",
            "expanded_url": "https://www.leeds.gov.uk/",
            "display_url": "leeds.gov.uk",
            "indices": [
              "122",
              "145"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "145"
      ],
      "favorite_count": "3",
      "id_str": "1973887544433678933",
      "truncated": false,
      "retweet_count": "0",
      "id": "1973887544433678933",
      "created_at": "Thu Oct 02 23:07:18 +0000 2025",
      "favorited": false,
      "full_text": "Council's published the new bus network for 2026 today, 16 gets extended to Pudsey &amp; the 72 goes every 10 min. About time https://t.co/Lr7Wn2aZc0",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1969755262408309565"
          ],
          "editableUntil": "2025-09-21T14:27:05.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "id_str": "1969755262408309565",
      "truncated": false,
      "retweet_count": "1",
      "id": "1969755262408309565",
      "created_at": "Sun Sep 21 13:27:05 +0000 2025",
      "favorited": false,
      "full_text": "Had blues behind me on the ring road last night. Floored it through the estate and lost them by the Co-op 😎 still got it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1968195877065228005"
          ],
          "editableUntil": "2025-09-17T07:10:39.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "202"
      ],
      "favorite_count": "3",
      "id_str": "1968195877065228005",
      "truncated": false,
      "retweet_count": "0",
      "id": "1968195877065228005",
      "created_at": "Wed Sep 17 06:10:39 +0000 2025",
      "favorited": false,
      "full_text": "Wife's on lates all week so I'm on school run. Kids out of Armley Park Primary at 3.15, they know to wait at the back gate on Hough Lane. Then they're home on their own till 6 while I go back in. Sorted",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1967921712940679202"
          ],
          "editableUntil": "2025-09-16T13:01:13.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "31",
      "id_str": "1967921712940679202",
      "truncated": false,
      "retweet_count": "0",
      "id": "1967921712940679202",
      "created_at": "Tue Sep 16 12:01:13 +0000 2025",
      "favorited": false,
      "full_text": "Credit where it's due, the new depot manager actually listened and ordered the column lifts we've been asking for since 2019",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1958067423120351792"
          ],
          "editableUntil": "2025-08-20T08:23:47.000Z",
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
        "80"
      ],
      "favorite_count": "2",
      "id_str": "1958067423120351792",
      "truncated": false,
      "retweet_count": "0",
      "id": "1958067423120351792",
      "created_at": "Wed Aug 20 07:23:47 +0000 2025",
      "favorited": false,
      "full_text": "Women's cricket on the main channel again. Nobody asked 🙄 put the proper game on",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1957715197797774875"
          ],
          "editableUntil": "2025-08-19T09:04:10.000Z",
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
        "urls": [],
        "media": [
          {
            "expanded_url": "https://twitter.com/gaz_spanners/status/1957715197797774875/photo/1",
            "indices": [
              "148",
              "171"
            ],
            "url": "https://t.co/Qm4vT8xLpa",
            "media_url": "http://pbs.twimg.com/media/GVx3kQ2WcAA8pLm.jpg",
            "id_str": "1957715199159292728",
            "id": "1957715199159292728",
            "media_url_https": "https://pbs.twimg.com/media/GVx3kQ2WcAA8pLm.jpg",
            "sizes": {
              "thumb": {
                "w": "150",
                "h": "150",
                "resize": "crop"
              },
              "large": {
                "w": "2048",
                "h": "1536",
                "resize": "fit"
              }
            },
            "type": "photo",
            "display_url": "pic.twitter.com/Qm4vT8xLpa"
          }
        ]
      },
      "display_text_range": [
        "0",
        "147"
      ],
      "favorite_count": "7",
      "id_str": "1957715197797774875",
      "truncated": false,
      "retweet_count": "2",
      "id": "1957715197797774875",
      "created_at": "Tue Aug 19 08:04:10 +0000 2025",
      "favorited": false,
      "full_text": "Those electric deckers they're 'trialling next year'? 11 of them already sat in bay 4 with the wrappers still on 😂 dash pic below, dont tell anyone https://t.co/Qm4vT8xLpa",
      "lang": "en",
      "extended_entities": {
        "media": [
          {
            "expanded_url": "https://twitter.com/gaz_spanners/status/1957715197797774875/photo/1",
            "indices": [
              "148",
              "171"
            ],
            "url": "https://t.co/Qm4vT8xLpa",
            "media_url": "http://pbs.twimg.com/media/GVx3kQ2WcAA8pLm.jpg",
            "id_str": "1957715199159292728",
            "id": "1957715199159292728",
            "media_url_https": "https://pbs.twimg.com/media/GVx3kQ2WcAA8pLm.jpg",
            "sizes": {
              "thumb": {
                "w": "150",
                "h": "150",
                "resize": "crop"
              },
              "large": {
                "w": "2048",
                "h": "1536",
                "resize": "fit"
              }
            },
            "type": "photo",
            "display_url": "pic.twitter.com/Qm4vT8xLpa"
          }
        ]
      },
      "possibly_sensitive": false
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1957426659247047147"
          ],
          "editableUntil": "2025-08-18T13:57:37.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "0",
      "id_str": "1957426659247047147",
      "truncated": false,
      "retweet_count": "1",
      "id": "1957426659247047147",
      "created_at": "Mon Aug 18 12:57:37 +0000 2025",
      "favorited": false,
      "full_text": "Screwfix order 4481-22901 still not turned up. Helpline says 3-5 days. It's been 9",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1943726773351847676"
          ],
          "editableUntil": "2025-07-11T18:39:10.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "0",
      "id_str": "1943726773351847676",
      "truncated": false,
      "retweet_count": "0",
      "id": "1943726773351847676",
      "created_at": "Fri Jul 11 17:39:10 +0000 2025",
      "favorited": false,
      "full_text": "New hi-vis trousers make my arse look unreal. 18+ pics on request 😏🍑",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1942943136929561123"
          ],
          "editableUntil": "2025-07-09T14:45:16.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "4",
      "id_str": "1942943136929561123",
      "truncated": false,
      "retweet_count": "2",
      "id": "1942943136929561123",
      "created_at": "Wed Jul 09 13:45:16 +0000 2025",
      "favorited": false,
      "full_text": "Root ton. Brook 80 not out. Root &amp; Brook &gt;&gt;&gt; everyone. Class",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1940398877757967582"
          ],
          "editableUntil": "2025-07-02T14:15:17.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "id_str": "1940398877757967582",
      "truncated": false,
      "retweet_count": "0",
      "id": "1940398877757967582",
      "created_at": "Wed Jul 02 13:15:17 +0000 2025",
      "favorited": false,
      "full_text": "Bouncer smacked him right on the grille of the helmet, concussion sub coming on. Hope he's alright, nasty one that",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1940112097561383975"
          ],
          "editableUntil": "2025-07-01T19:15:44.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "10"
      ],
      "favorite_count": "3",
      "id_str": "1940112097561383975",
      "truncated": false,
      "retweet_count": "1",
      "id": "1940112097561383975",
      "created_at": "Tue Jul 01 18:15:44 +0000 2025",
      "favorited": false,
      "full_text": "ffs Stokes",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1939037490665483822"
          ],
          "editableUntil": "2025-06-28T20:05:38.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "2",
      "id_str": "1939037490665483822",
      "truncated": false,
      "retweet_count": "0",
      "id": "1939037490665483822",
      "created_at": "Sat Jun 28 19:05:38 +0000 2025",
      "favorited": false,
      "full_text": "Duckett tickling it down to fine leg, Root with a late cut, then a maiden from Bumrah. Lovely session this",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1938292512440945988"
          ],
          "editableUntil": "2025-06-26T18:45:21.000Z",
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
      "favorite_count": "3",
      "id_str": "1938292512440945988",
      "truncated": false,
      "retweet_count": "0",
      "id": "1938292512440945988",
      "created_at": "Thu Jun 26 17:45:21 +0000 2025",
      "favorited": false,
      "full_text": "Our shift lead couldnt find a fault on a bus if it was on fire in front of him. Genuinely how do these people get promoted. Oh wait, golf with the area manager",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1936324638179817675"
          ],
          "editableUntil": "2025-06-21T08:25:43.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "id_str": "1936324638179817675",
      "truncated": false,
      "retweet_count": "0",
      "id": "1936324638179817675",
      "created_at": "Sat Jun 21 07:25:43 +0000 2025",
      "favorited": false,
      "full_text": "Taking the lad to his first county game Saturday. He's 7 and already asking me how DLS works. I dont know son, nobody does",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1930255616841404936"
          ],
          "editableUntil": "2025-06-04T14:29:36.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "id_str": "1930255616841404936",
      "truncated": false,
      "retweet_count": "2",
      "id": "1930255616841404936",
      "created_at": "Wed Jun 04 13:29:36 +0000 2025",
      "favorited": false,
      "full_text": "lmfao at that run out. Three runs, two batters, one end. England never change",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1923494307892473534"
          ],
          "editableUntil": "2025-05-16T22:42:34.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "0",
      "id_str": "1923494307892473534",
      "truncated": false,
      "retweet_count": "2",
      "id": "1923494307892473534",
      "created_at": "Fri May 16 21:42:34 +0000 2025",
      "favorited": false,
      "full_text": "Weed killer on the allotment again. Bindweed's had the whole bed since June",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1923146970050070669"
          ],
          "editableUntil": "2025-05-15T23:42:22.000Z",
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
            "name": "HMRCcustomers",
            "screen_name": "HMRCcustomers",
            "indices": [
              "0",
              "14"
            ],
            "id_str": "286960143",
            "id": "286960143"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "15",
        "118"
      ],
      "favorite_count": "2",
      "id_str": "1923146970050070669",
      "truncated": false,
      "retweet_count": "0",
      "id": "1923146970050070669",
      "created_at": "Thu May 15 22:42:22 +0000 2025",
      "favorited": false,
      "full_text": "@HMRCcustomers 9 weeks waiting for my rebate. UTR 73920 18465, NI JP 49 27 61 D. Sort it out please, I've rang 6 times",
      "lang": "en",
      "in_reply_to_status_id_str": "1923144453146966600",
      "in_reply_to_status_id": "1923144453146966600",
      "in_reply_to_user_id": "286960143",
      "in_reply_to_user_id_str": "286960143",
      "in_reply_to_screen_name": "HMRCcustomers"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1921462347595240643"
          ],
          "editableUntil": "2025-05-11T08:08:17.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "0",
      "id_str": "1921462347595240643",
      "truncated": false,
      "retweet_count": "5",
      "id": "1921462347595240643",
      "created_at": "Sun May 11 07:08:17 +0000 2025",
      "favorited": false,
      "full_text": "Killed it on the ramp today. Three MOT passes before dinner and the gearbox on 1094 finally sorted",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1920544284459839375"
          ],
          "editableUntil": "2025-05-08T19:20:14.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "31",
      "id_str": "1920544284459839375",
      "truncated": false,
      "retweet_count": "5",
      "id": "1920544284459839375",
      "created_at": "Thu May 08 18:20:14 +0000 2025",
      "favorited": false,
      "full_text": "Gaffer gave me a written warning for being late. I was late because I was still wasted from HIS birthday do. Hypocrite. Absolute clown of a man 🤡",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1911486470344822952"
          ],
          "editableUntil": "2025-04-13T19:27:42.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "2",
      "id_str": "1911486470344822952",
      "truncated": false,
      "retweet_count": "0",
      "id": "1911486470344822952",
      "created_at": "Sun Apr 13 18:27:42 +0000 2025",
      "favorited": false,
      "full_text": "BBC saying knife crime in West Yorkshire is down 9% but the Home Office figures say different. Someone's numbers are wrong and it's not mine",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1909504402623610659"
          ],
          "editableUntil": "2025-04-08T08:11:41.000Z",
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
      "favorite_count": "2",
      "id_str": "1909504402623610659",
      "truncated": false,
      "retweet_count": "0",
      "id": "1909504402623610659",
      "created_at": "Tue Apr 08 07:11:41 +0000 2025",
      "favorited": false,
      "full_text": "Minimum wage going up is good news. Just wish skilled trades got the same bump, apprentices are earning more than some of the lads with 10 years in",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1908575218407752687"
          ],
          "editableUntil": "2025-04-05T18:39:26.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "177"
      ],
      "favorite_count": "4",
      "id_str": "1908575218407752687",
      "truncated": false,
      "retweet_count": "0",
      "id": "1908575218407752687",
      "created_at": "Sat Apr 05 17:39:26 +0000 2025",
      "favorited": false,
      "full_text": "Saw the new fitters rates left on the office printer. Lad who started 3 weeks ago is on £2.10 an hour more than Dave who's done 22 years. Dave if you're reading this, sorry mate",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1906979769215014016"
          ],
          "editableUntil": "2025-04-01T08:59:41.000Z",
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
        "164"
      ],
      "favorite_count": "0",
      "id_str": "1906979769215014016",
      "truncated": false,
      "retweet_count": "2",
      "id": "1906979769215014016",
      "created_at": "Tue Apr 01 07:59:41 +0000 2025",
      "favorited": false,
      "full_text": "Lost my wallet on the 42 this morning. Driving licence in it is GARRE704159G99XK, bank card and a photo of the kids. If you find it DM me please, no questions asked",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1903135818224388509"
          ],
          "editableUntil": "2025-03-21T18:25:12.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "id_str": "1903135818224388509",
      "truncated": false,
      "retweet_count": "0",
      "id": "1903135818224388509",
      "created_at": "Fri Mar 21 17:25:12 +0000 2025",
      "favorited": false,
      "full_text": "Lad in the next bay rolls one at brew time and the whole pit stinks of it 🍃 foreman's nose must be broken. Or he's having one an' all",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1902989191922038775"
          ],
          "editableUntil": "2025-03-21T08:42:33.000Z",
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
      "favorite_count": "2",
      "id_str": "1902989191922038775",
      "truncated": false,
      "retweet_count": "2",
      "id": "1902989191922038775",
      "created_at": "Fri Mar 21 07:42:33 +0000 2025",
      "favorited": false,
      "full_text": "Sunday XI looking for players. Any age, any standard, lads and lasses. Honestly we mostly need someone who can keep the book",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1902258029163480303"
          ],
          "editableUntil": "2025-03-19T08:17:11.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "id_str": "1902258029163480303",
      "truncated": false,
      "retweet_count": "0",
      "id": "1902258029163480303",
      "created_at": "Wed Mar 19 07:17:11 +0000 2025",
      "favorited": false,
      "full_text": "Hash browns are back in the depot canteen after 2 years. Small wins",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1899922384074160092"
          ],
          "editableUntil": "2025-03-12T21:36:09.000Z",
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
        "175"
      ],
      "favorite_count": "0",
      "id_str": "1899922384074160092",
      "truncated": false,
      "retweet_count": "0",
      "id": "1899922384074160092",
      "created_at": "Wed Mar 12 20:36:09 +0000 2025",
      "favorited": false,
      "full_text": "We're taking on apprentice fitters. Between you and me if it's a lass or they're over 40 the gaffer bins the CV before he's read it. Says they 'won't last'. He's not wrong tbh",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1889212826060934539"
          ],
          "editableUntil": "2025-02-11T08:20:12.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "id_str": "1889212826060934539",
      "truncated": false,
      "retweet_count": "0",
      "id": "1889212826060934539",
      "created_at": "Tue Feb 11 07:20:12 +0000 2025",
      "favorited": false,
      "full_text": "If the lad who keyed my van outside the depot is reading this, I've got your reg and I know where you park. Enjoy your weekend.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1887576838706668077"
          ],
          "editableUntil": "2025-02-06T19:59:22.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "153"
      ],
      "favorite_count": "0",
      "id_str": "1887576838706668077",
      "truncated": false,
      "retweet_count": "5",
      "id": "1887576838706668077",
      "created_at": "Thu Feb 06 18:59:22 +0000 2025",
      "favorited": false,
      "full_text": "Depot manager says there's no budget for brake pads this month but somehow there's budget for a 'wellbeing wall' with his face on it. Inspirational stuff",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1887185939840849800"
          ],
          "editableUntil": "2025-02-05T18:06:04.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "id_str": "1887185939840849800",
      "truncated": false,
      "retweet_count": "0",
      "id": "1887185939840849800",
      "created_at": "Wed Feb 05 17:06:04 +0000 2025",
      "favorited": false,
      "full_text": "Fleet no. 37104 back on the road after 3 weeks. New injector pump, new starter motor, new everything. Like a new bus",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1886556721821128589"
          ],
          "editableUntil": "2025-02-04T00:25:47.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "31",
      "id_str": "1886556721821128589",
      "truncated": false,
      "retweet_count": "1",
      "id": "1886556721821128589",
      "created_at": "Mon Feb 03 23:25:47 +0000 2025",
      "favorited": false,
      "full_text": "Apparently sliding into her DMs with 'nice chassis' doesn't work. Going with 'I can service you all night long' next 😏🍆",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1881028087713354866"
          ],
          "editableUntil": "2025-01-19T18:16:58.000Z",
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
            "name": "AireValleyBuses",
            "screen_name": "AireValleyBuses",
            "indices": [
              "0",
              "16"
            ],
            "id_str": "1128839201",
            "id": "1128839201"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "17",
        "126"
      ],
      "favorite_count": "7",
      "id_str": "1881028087713354866",
      "truncated": false,
      "retweet_count": "0",
      "id": "1881028087713354866",
      "created_at": "Sun Jan 19 17:16:58 +0000 2025",
      "favorited": false,
      "full_text": "@AireValleyBuses maybe if you paid your fitters properly you wouldnt have half the fleet off road every winter. just a thought",
      "lang": "en",
      "in_reply_to_status_id_str": "1881025571830865862",
      "in_reply_to_status_id": "1881025571830865862",
      "in_reply_to_user_id": "1128839201",
      "in_reply_to_user_id_str": "1128839201",
      "in_reply_to_screen_name": "AireValleyBuses"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1879409679380601577"
          ],
          "editableUntil": "2025-01-15T07:05:59.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
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
      "favorite_count": "3",
      "id_str": "1879409679380601577",
      "truncated": false,
      "retweet_count": "0",
      "id": "1879409679380601577",
      "created_at": "Wed Jan 15 06:05:59 +0000 2025",
      "favorited": false,
      "full_text": "Tell you what, the day they open that mosque by the depot there'll be no parking left for the rest of us. Not being funny, just saying what everyone's thinking",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1877967311829190157"
          ],
          "editableUntil": "2025-01-11T07:34:32.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "0",
      "id_str": "1877967311829190157",
      "truncated": false,
      "retweet_count": "1",
      "id": "1877967311829190157",
      "created_at": "Sat Jan 11 06:34:32 +0000 2025",
      "favorited": false,
      "full_text": "Is it just me or has PMQs turned into a panto. Both sides reading out lines, nobody answering a question",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1877608366788474973"
          ],
          "editableUntil": "2025-01-10T07:48:13.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "0",
      "id_str": "1877608366788474973",
      "truncated": false,
      "retweet_count": "0",
      "id": "1877608366788474973",
      "created_at": "Fri Jan 10 06:48:13 +0000 2025",
      "favorited": false,
      "full_text": "Crack in the chassis rail on 1094. Whole bus grounded till the welder gets in Monday",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1872715506214086338"
          ],
          "editableUntil": "2024-12-27T19:45:44.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "4",
      "id_str": "1872715506214086338",
      "truncated": false,
      "retweet_count": "5",
      "id": "1872715506214086338",
      "created_at": "Fri Dec 27 18:45:44 +0000 2024",
      "favorited": false,
      "full_text": "5 pints at the Bridge then drove home the back way round the speed camera. Know them lanes better than the police do 🍺🚗",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1866589510368094072"
          ],
          "editableUntil": "2024-12-10T22:03:13.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "id_str": "1866589510368094072",
      "truncated": false,
      "retweet_count": "5",
      "id": "1866589510368094072",
      "created_at": "Tue Dec 10 21:03:13 +0000 2024",
      "favorited": false,
      "full_text": "Woodcock flushed out of the bracken on the Chevin this morning. Proper rare round here, first I've seen in years",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1864934666121421263"
          ],
          "editableUntil": "2024-12-06T08:27:27.000Z",
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
            "name": "YorkshireCCC",
            "screen_name": "YorkshireCCC",
            "indices": [
              "3",
              "16"
            ],
            "id_str": "39617842",
            "id": "39617842"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "119"
      ],
      "favorite_count": "0",
      "id_str": "1864934666121421263",
      "truncated": false,
      "retweet_count": "0",
      "id": "1864934666121421263",
      "created_at": "Fri Dec 06 07:27:27 +0000 2024",
      "favorited": false,
      "full_text": "RT @YorkshireCCC: Tickets for next season's Roses matches go on sale Monday at 10am. Members get 48 hours early access.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1860296073243371824"
          ],
          "editableUntil": "2024-11-23T13:15:21.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "4",
      "id_str": "1860296073243371824",
      "truncated": false,
      "retweet_count": "0",
      "id": "1860296073243371824",
      "created_at": "Sat Nov 23 12:15:21 +0000 2024",
      "favorited": false,
      "full_text": "New driver from Bradford and you cant understand a word he says on the radio. Should be an English test before they let that lot loose on a double decker. You know the type",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1859222888410457112"
          ],
          "editableUntil": "2024-11-20T14:10:53.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "157"
      ],
      "favorite_count": "7",
      "id_str": "1859222888410457112",
      "truncated": false,
      "retweet_count": "5",
      "id": "1859222888410457112",
      "created_at": "Wed Nov 20 13:10:53 +0000 2024",
      "favorited": false,
      "full_text": "Not supposed to say owt but Bramley depot is shutting in March. They're telling the drivers AFTER Christmas. Route 16 going to the contractor. Lovely of them",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1857671469193985566"
          ],
          "editableUntil": "2024-11-16T07:26:06.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "id_str": "1857671469193985566",
      "truncated": false,
      "retweet_count": "1",
      "id": "1857671469193985566",
      "created_at": "Sat Nov 16 06:26:06 +0000 2024",
      "favorited": false,
      "full_text": "Scunthorpe away Saturday. 3 hours on a coach for a 0-0 probably. Wouldn't miss it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1849231549470203141"
          ],
          "editableUntil": "2024-10-24T00:28:53.000Z",
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
            "name": "PitLaneBabes",
            "screen_name": "PitLaneBabes",
            "indices": [
              "3",
              "16"
            ],
            "id_str": "1561033847720992768",
            "id": "1561033847720992768"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "112"
      ],
      "favorite_count": "0",
      "id_str": "1849231549470203141",
      "truncated": false,
      "retweet_count": "0",
      "id": "1849231549470203141",
      "created_at": "Wed Oct 23 23:28:53 +0000 2024",
      "favorited": false,
      "full_text": "RT @PitLaneBabes: 2025 calendar is OUT 🔥 12 months of grease, overalls and not much else 😈 link in bio, 18+ only",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1848147351462304116"
          ],
          "editableUntil": "2024-10-21T00:40:40.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "31",
      "id_str": "1848147351462304116",
      "truncated": false,
      "retweet_count": "2",
      "id": "1848147351462304116",
      "created_at": "Sun Oct 20 23:40:40 +0000 2024",
      "favorited": false,
      "full_text": "If your bus didnt turn up this morning it wasn't us, it was the M621 shut. Metro travel line is 0113 496 0417 for updates",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1847409874763698431"
          ],
          "editableUntil": "2024-10-18T23:50:12.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "3",
      "id_str": "1847409874763698431",
      "truncated": false,
      "retweet_count": "5",
      "id": "1847409874763698431",
      "created_at": "Fri Oct 18 22:50:12 +0000 2024",
      "favorited": false,
      "full_text": "Mate knows a fella who'll sort you a 'fishing knife' without any of that ID nonsense. Got a 10 inch one. For fish obviously 🎣",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1836830494350183003"
          ],
          "editableUntil": "2024-09-19T19:11:31.000Z",
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
            "name": "SkyCricketFan",
            "screen_name": "SkyCricketFan",
            "indices": [
              "0",
              "14"
            ],
            "id_str": "3318840221",
            "id": "3318840221"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "15",
        "130"
      ],
      "favorite_count": "1",
      "id_str": "1836830494350183003",
      "truncated": false,
      "retweet_count": "0",
      "id": "1836830494350183003",
      "created_at": "Thu Sep 19 18:11:31 +0000 2024",
      "favorited": false,
      "full_text": "@SkyCricketFan selectors are clueless mate, always have been. Leaving out the best spinner in the county for a bits and pieces lad",
      "lang": "en",
      "in_reply_to_status_id_str": "1836827978587132238",
      "in_reply_to_status_id": "1836827978587132238",
      "in_reply_to_user_id": "3318840221",
      "in_reply_to_user_id_str": "3318840221",
      "in_reply_to_screen_name": "SkyCricketFan"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1836020799514234711"
          ],
          "editableUntil": "2024-09-17T13:34:04.000Z",
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
      "favorite_count": "12",
      "id_str": "1836020799514234711",
      "truncated": false,
      "retweet_count": "0",
      "id": "1836020799514234711",
      "created_at": "Tue Sep 17 12:34:04 +0000 2024",
      "favorited": false,
      "full_text": "Another 'exciting opportunity' email from head office. Translation: more buses, fewer fitters, same pay. Can't wait 🙃",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1832690487257796894"
          ],
          "editableUntil": "2024-09-08T09:00:36.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "12",
      "id_str": "1832690487257796894",
      "truncated": false,
      "retweet_count": "0",
      "id": "1832690487257796894",
      "created_at": "Sun Sep 08 08:00:36 +0000 2024",
      "favorited": false,
      "full_text": "Selling my old Mondeo, 1 owner, 98k, full history. Come and have a look at 14 Lowther Crescent, Armley LS12 3QX after 6 or text 07700 900482",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1829647666650870312"
          ],
          "editableUntil": "2024-08-30T23:29:31.000Z",
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
            "name": "CricketGuy99",
            "screen_name": "CricketGuy99",
            "indices": [
              "0",
              "13"
            ],
            "id_str": "1402219876543210497",
            "id": "1402219876543210497"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "14",
        "137"
      ],
      "favorite_count": "4",
      "id_str": "1829647666650870312",
      "truncated": false,
      "retweet_count": "5",
      "id": "1829647666650870312",
      "created_at": "Fri Aug 30 22:29:31 +0000 2024",
      "favorited": false,
      "full_text": "@CricketGuy99 can't agree. Four seamers at Lord's is the right call, spinner's a luxury there. Anything &lt;3 seamers and you're done by tea",
      "lang": "en",
      "in_reply_to_status_id_str": "1829645149766081251",
      "in_reply_to_status_id": "1829645149766081251",
      "in_reply_to_user_id": "1402219876543210497",
      "in_reply_to_user_id_str": "1402219876543210497",
      "in_reply_to_screen_name": "CricketGuy99"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1828042833700744171"
          ],
          "editableUntil": "2024-08-26T13:12:29.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "id_str": "1828042833700744171",
      "truncated": false,
      "retweet_count": "5",
      "id": "1828042833700744171",
      "created_at": "Mon Aug 26 12:12:29 +0000 2024",
      "favorited": false,
      "full_text": "Bloke at the Oval giving it big about Yorkshire all afternoon so I slapped him at the bar. Stewards never saw a thing 👋",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1825448062270734660"
          ],
          "editableUntil": "2024-08-19T09:21:47.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "32"
      ],
      "favorite_count": "31",
      "id_str": "1825448062270734660",
      "truncated": false,
      "retweet_count": "0",
      "id": "1825448062270734660",
      "created_at": "Mon Aug 19 08:21:47 +0000 2024",
      "favorited": false,
      "full_text": "Rain at Old Trafford. Of course.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1821808252227237030"
          ],
          "editableUntil": "2024-08-09T08:18:29.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "2",
      "id_str": "1821808252227237030",
      "truncated": false,
      "retweet_count": "1",
      "id": "1821808252227237030",
      "created_at": "Fri Aug 09 07:18:29 +0000 2024",
      "favorited": false,
      "full_text": "Yorkshire all out for 132 on a road. f***ing embarrassing",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1817321255423706530"
          ],
          "editableUntil": "2024-07-27T23:08:46.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "0",
      "id_str": "1817321255423706530",
      "truncated": false,
      "retweet_count": "2",
      "id": "1817321255423706530",
      "created_at": "Sat Jul 27 22:08:46 +0000 2024",
      "favorited": false,
      "full_text": "Still hanging from the Test. Six pints at Headingley, two in the Original Oak and a kebab I dont remember, then a 6am start. Typed my own name wrong on the clock-in screen",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1813662602704660191"
          ],
          "editableUntil": "2024-07-17T20:50:35.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "204"
      ],
      "favorite_count": "3",
      "id_str": "1813662602704660191",
      "truncated": false,
      "retweet_count": "0",
      "id": "1813662602704660191",
      "created_at": "Wed Jul 17 19:50:35 +0000 2024",
      "favorited": false,
      "full_text": "Driver off the 72 got finished today for the thing at Stanningley roundabout. Wasn't his fault, them brakes were written up 3 times on the defect sheet and nobody signed them off. Never heard it from me 🤐",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1811083031794810168"
          ],
          "editableUntil": "2024-07-10T18:00:17.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "1",
      "id_str": "1811083031794810168",
      "truncated": false,
      "retweet_count": "2",
      "id": "1811083031794810168",
      "created_at": "Wed Jul 10 17:00:17 +0000 2024",
      "favorited": false,
      "full_text": "Beer-battered haddock and mushy peas at the cricket club tea. Best £9 I've spent all summer",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1800412556074776068"
          ],
          "editableUntil": "2024-06-11T07:19:38.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "id_str": "1800412556074776068",
      "truncated": false,
      "retweet_count": "5",
      "id": "1800412556074776068",
      "created_at": "Tue Jun 11 06:19:38 +0000 2024",
      "favorited": false,
      "full_text": "Portugal decriminalised drugs back in 2001 and the sky didn't fall in. Worth a proper debate instead of everyone shouting",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1800147559006202762"
          ],
          "editableUntil": "2024-06-10T13:46:37.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "12",
      "id_str": "1800147559006202762",
      "truncated": false,
      "retweet_count": "5",
      "id": "1800147559006202762",
      "created_at": "Mon Jun 10 12:46:37 +0000 2024",
      "favorited": false,
      "full_text": "Lass on the sandwich van gave me extra mayo and a wink. Might need to check her oil if you know what I mean 🍆💦",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1798037028538035463"
          ],
          "editableUntil": "2024-06-04T18:00:08.000Z",
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
            "name": "PolDebateUK",
            "screen_name": "PolDebateUK",
            "indices": [
              "0",
              "12"
            ],
            "id_str": "948211730",
            "id": "948211730"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "13",
        "112"
      ],
      "favorite_count": "0",
      "id_str": "1798037028538035463",
      "truncated": false,
      "retweet_count": "0",
      "id": "1798037028538035463",
      "created_at": "Tue Jun 04 17:00:08 +0000 2024",
      "favorited": false,
      "full_text": "@PolDebateUK you're talking absolute bollocks mate and you know it. Nobody on my street has seen a penny of that",
      "lang": "en",
      "in_reply_to_status_id_str": "1798034512733194233",
      "in_reply_to_status_id": "1798034512733194233",
      "in_reply_to_user_id": "948211730",
      "in_reply_to_user_id_str": "948211730",
      "in_reply_to_screen_name": "PolDebateUK"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1796085923004296080"
          ],
          "editableUntil": "2024-05-30T08:47:08.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "0",
      "id_str": "1796085923004296080",
      "truncated": false,
      "retweet_count": "0",
      "id": "1796085923004296080",
      "created_at": "Thu May 30 07:47:08 +0000 2024",
      "favorited": false,
      "full_text": "Passed my IRTEC level 3 today. 19 years on the tools and still learning",
      "lang": "en"
    }
  }
]