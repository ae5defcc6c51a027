window.YTD.tweets.part0 = [
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1977026089891701453"
          ],
          "editableUntil": "2025-10-11T15:58:45.855Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "6",
      "id_str": "1977026089891701453",
      "truncated": false,
      "retweet_count": "5",
      "id": "1977026089891701453",
      "created_at": "Sat Oct 11 14:58:45 +0000 2025",
      "favorited": false,
      "full_text": "interviewed a lad today with a really thick accent. brilliant on paper but imagine him on a P1 bridge call at 3am. had to pass",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1974955296274306893"
          ],
          "editableUntil": "2025-10-05T22:50:10.183Z",
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
      "favorite_count": "12",
      "id_str": "1974955296274306893",
      "truncated": false,
      "retweet_count": "14",
      "id": "1974955296274306893",
      "created_at": "Sun Oct 05 21:50:10 +0000 2025",
      "favorited": false,
      "full_text": "git blame says it was me. it's always me. it was definitely me.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1974227098158876842"
          ],
          "editableUntil": "2025-10-03T22:36:34.223Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "id_str": "1974227098158876842",
      "truncated": false,
      "retweet_count": "0",
      "id": "1974227098158876842",
      "created_at": "Fri Oct 03 21:36:34 +0000 2025",
      "favorited": false,
      "full_text": "our public status page says 99.97% uptime for Q3 and for once i actually believe it. proud of the team",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1966235798076931039"
          ],
          "editableUntil": "2025-09-11T21:21:59.813Z",
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
            "name": "cloud girl 🔞",
            "screen_name": "cloudgirl_xo",
            "indices": [
              "3",
              "16"
            ],
            "id_str": "1711112349873225728",
            "id": "1711112349873225728"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "97"
      ],
      "favorite_count": "0",
      "id_str": "1966235798076931039",
      "truncated": false,
      "retweet_count": "0",
      "id": "1966235798076931039",
      "created_at": "Thu Sep 11 20:21:59 +0000 2025",
      "favorited": false,
      "full_text": "RT @cloudgirl_xo: 18+ only 🔞 new set drops tonight, link in bio 💦 devs get 20% off with code SUDO",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1957186156495429403"
          ],
          "editableUntil": "2025-08-17T22:01:57.125Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
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
      "favorite_count": "2",
      "id_str": "1957186156495429403",
      "truncated": false,
      "retweet_count": "0",
      "id": "1957186156495429403",
      "created_at": "Sun Aug 17 21:01:57 +0000 2025",
      "favorited": false,
      "full_text": "city were poor today but a point's a point ⚽",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1955999291278782047"
          ],
          "editableUntil": "2025-08-14T15:25:46.407Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "9",
      "id_str": "1955999291278782047",
      "truncated": false,
      "retweet_count": "3",
      "id": "1955999291278782047",
      "created_at": "Thu Aug 14 14:25:46 +0000 2025",
      "favorited": false,
      "full_text": "every offshore team we've outsourced to writes the exact same copy-paste terraform. you know which country i mean. cheap for a reason",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1955292900102012330"
          ],
          "editableUntil": "2025-08-12T16:38:49.626Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "3",
      "id_str": "1955292900102012330",
      "truncated": false,
      "retweet_count": "5",
      "id": "1955292900102012330",
      "created_at": "Tue Aug 12 15:38:49 +0000 2025",
      "favorited": false,
      "full_text": "kill -9 on every zombie process on the box and suddenly it's peaceful. should've done that hours ago",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1952128300409819630"
          ],
          "editableUntil": "2025-08-03T23:03:50.264Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "in_reply_to_status_id_str": "1951365543625945430",
      "in_reply_to_user_id": "1098825134671822849",
      "in_reply_to_status_id": "1951365543625945430",
      "in_reply_to_screen_name": "kubekat",
      "in_reply_to_user_id_str": "1098825134671822849",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Kat 🐈 k8s",
            "screen_name": "kubekat",
            "indices": [
              "0",
              "8"
            ],
            "id_str": "1098825134671822849",
            "id": "1098825134671822849"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "9",
        "93"
      ],
      "favorite_count": "58",
      "id_str": "1952128300409819630",
      "truncated": false,
      "retweet_count": "8",
      "id": "1952128300409819630",
      "created_at": "Sun Aug 03 22:03:50 +0000 2025",
      "favorited": false,
      "full_text": "@kubekat yeah just text me on 07700 900417 and i'll send you the helm chart, signal works too",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1948443703928765704"
          ],
          "editableUntil": "2025-07-24T19:02:34.007Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "id_str": "1948443703928765704",
      "truncated": false,
      "retweet_count": "5",
      "id": "1948443703928765704",
      "created_at": "Thu Jul 24 18:02:34 +0000 2025",
      "favorited": false,
      "full_text": "finally renamed master to main across all 140 repos. took 3 years and one very long afternoon",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1946859307723696874"
          ],
          "editableUntil": "2025-07-20T10:06:44.515Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "103"
      ],
      "favorite_count": "21",
      "id_str": "1946859307723696874",
      "truncated": false,
      "retweet_count": "1",
      "id": "1946859307723696874",
      "created_at": "Sun Jul 20 09:06:44 +0000 2025",
      "favorited": false,
      "full_text": "anyone got a plug in south manc, need something to get me through this k8s upgrade weekend 🍃❄️ dms open",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1940835150773624074"
          ],
          "editableUntil": "2025-07-03T19:08:53.574Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "6",
      "id_str": "1940835150773624074",
      "truncated": false,
      "retweet_count": "1",
      "id": "1940835150773624074",
      "created_at": "Thu Jul 03 18:08:53 +0000 2025",
      "favorited": false,
      "full_text": "kids made me a \"daddy's computer\" out of a cereal box with a post-it on it that says DO NOT DEPLOY. they get it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1939801636304080718"
          ],
          "editableUntil": "2025-06-30T22:42:04.523Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "2",
      "id_str": "1939801636304080718",
      "truncated": false,
      "retweet_count": "0",
      "id": "1939801636304080718",
      "created_at": "Mon Jun 30 21:42:04 +0000 2025",
      "favorited": false,
      "full_text": "made my first sourdough. it's dense enough to use as a load balancer",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1939641494942259668"
          ],
          "editableUntil": "2025-06-30T12:05:43.847Z",
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
      "favorite_count": "6",
      "id_str": "1939641494942259668",
      "truncated": false,
      "retweet_count": "1",
      "id": "1939641494942259668",
      "created_at": "Mon Jun 30 11:05:43 +0000 2025",
      "favorited": false,
      "full_text": "wtf is this yaml. who indents with 3 spaces. WHO DOES THAT",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1936785714176481389"
          ],
          "editableUntil": "2025-06-22T14:57:52.655Z",
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
        "139"
      ],
      "favorite_count": "0",
      "id_str": "1936785714176481389",
      "truncated": false,
      "retweet_count": "3",
      "id": "1936785714176481389",
      "created_at": "Sun Jun 22 13:57:52 +0000 2025",
      "favorited": false,
      "full_text": "saw the new VP of Engineering's offer letter on the shared printer. £185k + equity to \"drive velocity\". my on-call allowance is £12 a night",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1936704373172925769"
          ],
          "editableUntil": "2025-06-22T09:34:39.448Z",
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
        "130"
      ],
      "favorite_count": "3",
      "id_str": "1936704373172925769",
      "truncated": false,
      "retweet_count": "2",
      "id": "1936704373172925769",
      "created_at": "Sun Jun 22 08:34:39 +0000 2025",
      "favorited": false,
      "full_text": "ageism in tech hiring is real &amp; it's daft. some of the best SREs i know are well over 50 and they've seen every failure mode twice",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1929194768618565788"
          ],
          "editableUntil": "2025-06-01T16:14:10.201Z",
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
        "98"
      ],
      "favorite_count": "37",
      "id_str": "1929194768618565788",
      "truncated": false,
      "retweet_count": "5",
      "id": "1929194768618565788",
      "created_at": "Sun Jun 01 15:14:10 +0000 2025",
      "favorited": false,
      "full_text": "on call tonight with 4 pints of Camden Hells in me. if prod goes down it's going down with style 🍻",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1921872257988650955"
          ],
          "editableUntil": "2025-05-12T11:17:07.621Z",
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
        "76"
      ],
      "favorite_count": "4",
      "id_str": "1921872257988650955",
      "truncated": false,
      "retweet_count": "0",
      "id": "1921872257988650955",
      "created_at": "Mon May 12 10:17:07 +0000 2025",
      "favorited": false,
      "full_text": "just executed the migration script. 2.3M rows, zero casualties, going to bed",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1913955412845369938"
          ],
          "editableUntil": "2025-04-20T14:58:24.651Z",
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
            "url": "https://t.co/Q8vLm2ZkPa",
            "expanded_url": "https://www.meetup.com/manchester-devops-meetup/",
            "display_url": "meetup.com/manchester-devo…",
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
      "favorite_count": "58",
      "id_str": "1913955412845369938",
      "truncated": false,
      "retweet_count": "0",
      "id": "1913955412845369938",
      "created_at": "Sun Apr 20 13:58:24 +0000 2025",
      "favorited": false,
      "full_text": "giving a talk at the manchester devops meetup next month on boring deploys. boring is good. boring means nobody got paged https://t.co/Q8vLm2ZkPa",
      "lang": "en",
      "possibly_sensitive": false
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1912638448707558303"
          ],
          "editableUntil": "2025-04-16T23:45:15.932Z",
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
      "favorite_count": "58",
      "id_str": "1912638448707558303",
      "truncated": false,
      "retweet_count": "5",
      "id": "1912638448707558303",
      "created_at": "Wed Apr 16 22:45:15 +0000 2025",
      "favorited": false,
      "full_text": "Cockpit is honestly a decent web UI for managing a couple of linux boxes. underrated",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1912581635117157939"
          ],
          "editableUntil": "2025-04-16T19:59:30.517Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
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
      "id_str": "1912581635117157939",
      "truncated": false,
      "retweet_count": "8",
      "id": "1912581635117157939",
      "created_at": "Wed Apr 16 18:59:30 +0000 2025",
      "favorited": false,
      "full_text": "client called our API \"broken\" because they were sending dates as \"next tuesday\" &amp; times as \"after lunch\". these people are paid six figures. absolute muppets",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1910650718034669012"
          ],
          "editableUntil": "2025-04-11T12:06:44.010Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "9",
      "id_str": "1910650718034669012",
      "truncated": false,
      "retweet_count": "8",
      "id": "1910650718034669012",
      "created_at": "Fri Apr 11 11:06:44 +0000 2025",
      "favorited": false,
      "full_text": "fixed a bug today where our signup filter rejected everyone whose address contained \"Scunthorpe\". the classics never die",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1906783566094614334"
          ],
          "editableUntil": "2025-03-31T20:00:03.139Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "in_reply_to_status_id_str": "1906041954191332002",
      "in_reply_to_user_id": "1290447718234562561",
      "in_reply_to_status_id": "1906041954191332002",
      "in_reply_to_screen_name": "sre_sam",
      "in_reply_to_user_id_str": "1290447718234562561",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Sam (she/her)",
            "screen_name": "sre_sam",
            "indices": [
              "0",
              "8"
            ],
            "id_str": "1290447718234562561",
            "id": "1290447718234562561"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "9",
        "99"
      ],
      "favorite_count": "37",
      "id_str": "1906783566094614334",
      "truncated": false,
      "retweet_count": "3",
      "id": "1906783566094614334",
      "created_at": "Mon Mar 31 19:00:03 +0000 2025",
      "favorited": false,
      "full_text": "@sre_sam mate the whole migration was a clusterf*ck from start to finish, i'll tell you over a pint",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1905514368915973562"
          ],
          "editableUntil": "2025-03-28T07:56:42.951Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "4",
      "id_str": "1905514368915973562",
      "truncated": false,
      "retweet_count": "14",
      "id": "1905514368915973562",
      "created_at": "Fri Mar 28 06:56:42 +0000 2025",
      "favorited": false,
      "full_text": "terraform destroy on the old staging env. 212 resources gone. felt incredible, zero regrets",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1897033641518668652"
          ],
          "editableUntil": "2025-03-04T22:17:19.975Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
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
      "favorite_count": "37",
      "id_str": "1897033641518668652",
      "truncated": false,
      "retweet_count": "2",
      "id": "1897033641518668652",
      "created_at": "Tue Mar 04 21:17:19 +0000 2025",
      "favorited": false,
      "full_text": "if the contractor who force pushed to main shows his face on monday i'm going to break his fingers one at a time so he never touches a keyboard again",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1895939226136836822"
          ],
          "editableUntil": "2025-03-01T21:48:31.015Z",
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
      "favorite_count": "1",
      "id_str": "1895939226136836822",
      "truncated": false,
      "retweet_count": "0",
      "id": "1895939226136836822",
      "created_at": "Sat Mar 01 20:48:31 +0000 2025",
      "favorited": false,
      "full_text": "third friday deploy in a row because sales \"promised the client\". next PM who says \"it's just a small change\" gets added to the pager rota. ffs",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1891858861266367314"
          ],
          "editableUntil": "2025-02-18T15:34:36.220Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "4",
      "id_str": "1891858861266367314",
      "truncated": false,
      "retweet_count": "8",
      "id": "1891858861266367314",
      "created_at": "Tue Feb 18 14:34:36 +0000 2025",
      "favorited": false,
      "full_text": "pro tip: if p99 latency &gt; 500ms &amp; error rate &lt; 1% it's probably a slow dependency, not you. if both are up, it's you",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1882528115541611660"
          ],
          "editableUntil": "2025-01-23T21:37:33.083Z",
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
        "95"
      ],
      "favorite_count": "21",
      "id_str": "1882528115541611660",
      "truncated": false,
      "retweet_count": "0",
      "id": "1882528115541611660",
      "created_at": "Thu Jan 23 20:37:33 +0000 2025",
      "favorited": false,
      "full_text": "flight BA1387 to heathrow delayed 2 hours. fine, more time to fix my slides for tomorrow's talk",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1879182631251333497"
          ],
          "editableUntil": "2025-01-14T16:03:47.472Z",
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
        "163"
      ],
      "favorite_count": "2",
      "id_str": "1879182631251333497",
      "truncated": false,
      "retweet_count": "3",
      "id": "1879182631251333497",
      "created_at": "Tue Jan 14 15:03:47 +0000 2025",
      "favorited": false,
      "full_text": "wrote the postmortem for last night. real root cause: head of product overruled the rollback. what i've been told to write: \"transient network issue\". love it here",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1877483773905890388"
          ],
          "editableUntil": "2025-01-09T23:33:08.317Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "6",
      "id_str": "1877483773905890388",
      "truncated": false,
      "retweet_count": "0",
      "id": "1877483773905890388",
      "created_at": "Thu Jan 09 22:33:08 +0000 2025",
      "favorited": false,
      "full_text": "snow on the pennines again ❄️❄️ trains cancelled, WFH it is",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1870510755666897485"
          ],
          "editableUntil": "2024-12-21T17:44:51.217Z",
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
        "98"
      ],
      "favorite_count": "2",
      "id_str": "1870510755666897485",
      "truncated": false,
      "retweet_count": "1",
      "id": "1870510755666897485",
      "created_at": "Sat Dec 21 16:44:51 +0000 2024",
      "favorited": false,
      "full_text": "my deploys are like my sex life. rare, over in 90 seconds, and someone always ends up disappointed",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1870503765311454562"
          ],
          "editableUntil": "2024-12-21T17:17:04.586Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "id_str": "1870503765311454562",
      "truncated": false,
      "retweet_count": "0",
      "id": "1870503765311454562",
      "created_at": "Sat Dec 21 16:17:04 +0000 2024",
      "favorited": false,
      "full_text": "drove home after the xmas do, honestly fine, it was only 5 pints over like 4 hours. taxi queue was 90 mins, not doing that",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1870142000890213358"
          ],
          "editableUntil": "2024-12-20T17:19:33.227Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "id_str": "1870142000890213358",
      "truncated": false,
      "retweet_count": "14",
      "id": "1870142000890213358",
      "created_at": "Fri Dec 20 16:19:33 +0000 2024",
      "favorited": false,
      "full_text": "hiring for a senior SRE and my manager wants \"someone young and hungry without kids\". honestly he's not wrong, on-call is easier that way",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1860701494050720193"
          ],
          "editableUntil": "2024-11-24T16:06:21.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "12",
      "id_str": "1860701494050720193",
      "truncated": false,
      "retweet_count": "8",
      "id": "1860701494050720193",
      "created_at": "Sun Nov 24 15:06:21 +0000 2024",
      "favorited": false,
      "full_text": "incident commander shot down my rollback idea and he was right, the fix forward took 6 mins",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1847591492003404250"
          ],
          "editableUntil": "2024-10-19T11:51:52.940Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "in_reply_to_status_id_str": "1847298672591362095",
      "in_reply_to_user_id": "1093451948",
      "in_reply_to_status_id": "1847298672591362095",
      "in_reply_to_screen_name": "GitHubSupport",
      "in_reply_to_user_id_str": "1093451948",
      "entities": {
        "hashtags": [
          {
            "text": "2871553",
            "indices": [
              "22",
              "30"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [
          {
            "name": "GitHub Support",
            "screen_name": "GitHubSupport",
            "indices": [
              "0",
              "14"
            ],
            "id_str": "1093451948",
            "id": "1093451948"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "15",
        "127"
      ],
      "favorite_count": "3",
      "id_str": "1847591492003404250",
      "truncated": false,
      "retweet_count": "2",
      "id": "1847591492003404250",
      "created_at": "Sat Oct 19 10:51:52 +0000 2024",
      "favorited": false,
      "full_text": "@GitHubSupport ticket #2871553 has been open 5 days, any chance someone can take a look? our actions runners are stuck in queue",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1846235357295621688"
          ],
          "editableUntil": "2024-10-15T18:03:05.230Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "9",
      "id_str": "1846235357295621688",
      "truncated": false,
      "retweet_count": "8",
      "id": "1846235357295621688",
      "created_at": "Tue Oct 15 17:03:05 +0000 2024",
      "favorited": false,
      "full_text": "booster jab done 💉 arm is dead, please nobody page me tomorrow",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1842459871950250947"
          ],
          "editableUntil": "2024-10-05T08:00:39.379Z",
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
            "name": "Cloudflare",
            "screen_name": "Cloudflare",
            "indices": [
              "12",
              "23"
            ],
            "id_str": "32499999",
            "id": "32499999"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "128"
      ],
      "favorite_count": "58",
      "id_str": "1842459871950250947",
      "truncated": false,
      "retweet_count": "8",
      "id": "1842459871950250947",
      "created_at": "Sat Oct 05 07:00:39 +0000 2024",
      "favorited": false,
      "full_text": "reading the @Cloudflare postmortem from yesterday. superb write-up, honest about exactly what broke and why. more of this please",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1832114496152275311"
          ],
          "editableUntil": "2024-09-06T18:51:49.581Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "id_str": "1832114496152275311",
      "truncated": false,
      "retweet_count": "0",
      "id": "1832114496152275311",
      "created_at": "Fri Sep 06 17:51:49 +0000 2024",
      "favorited": false,
      "full_text": "deploying hungover is a skill. deploying still drunk from the leaving do is an art form. both happened this week",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1828486150031747594"
          ],
          "editableUntil": "2024-08-27T18:34:04.454Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
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
      "favorite_count": "2",
      "id_str": "1828486150031747594",
      "truncated": false,
      "retweet_count": "0",
      "id": "1828486150031747594",
      "created_at": "Tue Aug 27 17:34:04 +0000 2024",
      "favorited": false,
      "full_text": "the curry house round the corner from the office (0161 496 0742) does free delivery after 10pm. the only reason we survived that outage",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1827359560235130100"
          ],
          "editableUntil": "2024-08-24T15:57:24.515Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "id_str": "1827359560235130100",
      "truncated": false,
      "retweet_count": "14",
      "id": "1827359560235130100",
      "created_at": "Sat Aug 24 14:57:24 +0000 2024",
      "favorited": false,
      "full_text": "fun fact: the new \"Pro\" tier everyone at work is hyping for january is literally the current plan with SSO moved behind a paywall. you heard it here first 👀",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1824774025534283981"
          ],
          "editableUntil": "2024-08-17T12:43:25.006Z",
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
      "favorite_count": "58",
      "id_str": "1824774025534283981",
      "truncated": false,
      "retweet_count": "0",
      "id": "1824774025534283981",
      "created_at": "Sat Aug 17 11:43:25 +0000 2024",
      "favorited": false,
      "full_text": "edibles kicked in halfway through the incident retro. pretty sure i said \"the cloud is just other people's feelings\" out loud and the CTO nodded",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1824734958492666839"
          ],
          "editableUntil": "2024-08-17T10:08:10.697Z",
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
      "favorite_count": "37",
      "id_str": "1824734958492666839",
      "truncated": false,
      "retweet_count": "5",
      "id": "1824734958492666839",
      "created_at": "Sat Aug 17 09:08:10 +0000 2024",
      "favorited": false,
      "full_text": "some bloke keyed my car in the office car park so i found his and let all four tyres down. karma is a process with no timeout",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1821805898599748031"
          ],
          "editableUntil": "2024-08-09T08:09:08.399Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "166"
      ],
      "favorite_count": "3",
      "id_str": "1821805898599748031",
      "truncated": false,
      "retweet_count": "1",
      "id": "1821805898599748031",
      "created_at": "Fri Aug 09 07:09:08 +0000 2024",
      "favorited": false,
      "full_text": "kids are at Oakwood Lane Primary till 3:15 and the wife's away so i'm doing pickup in between pagerduty alerts. house is empty till 4 if anyone fancies robbing us lol",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1821295856207828091"
          ],
          "editableUntil": "2024-08-07T22:22:24.817Z",
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
        "115"
      ],
      "favorite_count": "2",
      "id_str": "1821295856207828091",
      "truncated": false,
      "retweet_count": "3",
      "id": "1821295856207828091",
      "created_at": "Wed Aug 07 21:22:24 +0000 2024",
      "favorited": false,
      "full_text": "our prod db password sat in a public slack channel for 3 weeks. rotated it this morning. nobody tell the auditors 🙃",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1819878279571392954"
          ],
          "editableUntil": "2024-08-04T00:29:28.210Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "58",
      "id_str": "1819878279571392954",
      "truncated": false,
      "retweet_count": "8",
      "id": "1819878279571392954",
      "created_at": "Sat Aug 03 23:29:28 +0000 2024",
      "favorited": false,
      "full_text": "not being funny but every woman we've hired into ops has moved to \"people management\" within 2 years. just saying what i've seen",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1819110106140081514"
          ],
          "editableUntil": "2024-08-01T21:37:01.392Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "id_str": "1819110106140081514",
      "truncated": false,
      "retweet_count": "2",
      "id": "1819110106140081514",
      "created_at": "Thu Aug 01 20:37:01 +0000 2024",
      "favorited": false,
      "full_text": "two blue tits fighting over the feeder outside my home office window. best thing about WFH tbh 🐦",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1817224747260387644"
          ],
          "editableUntil": "2024-07-27T16:45:16.807Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "9",
      "id_str": "1817224747260387644",
      "truncated": false,
      "retweet_count": "2",
      "id": "1817224747260387644",
      "created_at": "Sat Jul 27 15:45:16 +0000 2024",
      "favorited": false,
      "full_text": "gym progress pic 💪 shirtless because the on-call phone ate my last clean t-shirt. ladies, i also do kubernetes 😏🍑",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1814617261268106137"
          ],
          "editableUntil": "2024-07-20T12:04:03.701Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "holiday",
            "indices": [
              "85",
              "93"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "93"
      ],
      "favorite_count": "58",
      "id_str": "1814617261268106137",
      "truncated": false,
      "retweet_count": "0",
      "id": "1814617261268106137",
      "created_at": "Sat Jul 20 11:04:03 +0000 2024",
      "favorited": false,
      "full_text": "week off. laptop is in a drawer. phone is on do not disturb. see you all on the 14th #holiday",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1810684706184072495"
          ],
          "editableUntil": "2024-07-09T15:37:29.506Z",
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
        "137"
      ],
      "favorite_count": "2",
      "id_str": "1810684706184072495",
      "truncated": false,
      "retweet_count": "5",
      "id": "1810684706184072495",
      "created_at": "Tue Jul 09 14:37:29 +0000 2024",
      "favorited": false,
      "full_text": "platform team is losing 30% on thursday. i know because they asked me to pre-schedule the account disables for 9:05am. act surprised lads",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1792612864431422693"
          ],
          "editableUntil": "2024-05-20T18:46:26.673Z",
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
            "name": "devops dad",
            "screen_name": "devopsdad",
            "indices": [
              "3",
              "13"
            ],
            "id_str": "841729374512934912",
            "id": "841729374512934912"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "103"
      ],
      "favorite_count": "0",
      "id_str": "1792612864431422693",
      "truncated": false,
      "retweet_count": "0",
      "id": "1792612864431422693",
      "created_at": "Mon May 20 17:46:26 +0000 2024",
      "favorited": false,
      "full_text": "RT @devopsdad: the best monitoring tool ever built is a colleague who says \"hmm, that's weird\" out loud",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1790071984576382905"
          ],
          "editableUntil": "2024-05-13T18:29:53.709Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "37",
      "id_str": "1790071984576382905",
      "truncated": false,
      "retweet_count": "8",
      "id": "1790071984576382905",
      "created_at": "Mon May 13 17:29:53 +0000 2024",
      "favorited": false,
      "full_text": "thing i've learned after 10 years in ops: write the runbook while it's still on fire. you won't remember any of it tomorrow",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1789046233864494612"
          ],
          "editableUntil": "2024-05-10T22:33:55.681Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "27"
      ],
      "favorite_count": "21",
      "id_str": "1789046233864494612",
      "truncated": false,
      "retweet_count": "8",
      "id": "1789046233864494612",
      "created_at": "Fri May 10 21:33:55 +0000 2024",
      "favorited": false,
      "full_text": "KUBERNETES IS A F***ING LIE",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1784920521310244594"
          ],
          "editableUntil": "2024-04-29T13:19:49.157Z",
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
        "41"
      ],
      "favorite_count": "0",
      "id_str": "1784920521310244594",
      "truncated": false,
      "retweet_count": "0",
      "id": "1784920521310244594",
      "created_at": "Mon Apr 29 12:19:49 +0000 2024",
      "favorited": false,
      "full_text": "shit shit shit shit wrong terminal window",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1769754630518102922"
          ],
          "editableUntil": "2024-03-18T16:55:59.023Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "12",
      "id_str": "1769754630518102922",
      "truncated": false,
      "retweet_count": "1",
      "id": "1769754630518102922",
      "created_at": "Mon Mar 18 15:55:59 +0000 2024",
      "favorited": false,
      "full_text": "kubecon bound ✈️ MAN → CDG, booking ref QX7R2M, seat 14C if anyone on the same flight wants to swap to a window",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1765706695692380772"
          ],
          "editableUntil": "2024-03-07T12:50:56.154Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "in_reply_to_status_id_str": "1765668022528469992",
      "in_reply_to_user_id": "1290447718234562561",
      "in_reply_to_status_id": "1765668022528469992",
      "in_reply_to_screen_name": "sre_sam",
      "in_reply_to_user_id_str": "1290447718234562561",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Sam (she/her)",
            "screen_name": "sre_sam",
            "indices": [
              "0",
              "8"
            ],
            "id_str": "1290447718234562561",
            "id": "1290447718234562561"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "9",
        "68"
      ],
      "favorite_count": "37",
      "id_str": "1765706695692380772",
      "truncated": false,
      "retweet_count": "8",
      "id": "1765706695692380772",
      "created_at": "Thu Mar 07 11:50:56 +0000 2024",
      "favorited": false,
      "full_text": "@sre_sam congrats on the new role mate, they're lucky to have you &lt;3",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1765057455651308594"
          ],
          "editableUntil": "2024-03-05T17:51:05.266Z",
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
      "favorite_count": "21",
      "id_str": "1765057455651308594",
      "truncated": false,
      "retweet_count": "0",
      "id": "1765057455651308594",
      "created_at": "Tue Mar 05 16:51:05 +0000 2024",
      "favorited": false,
      "full_text": "our CTO just posted on linkedin about \"engineering excellence\". mate our CI takes 48 minutes and you vetoed the budget to fix it twice",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1763618313492826258"
          ],
          "editableUntil": "2024-03-01T18:32:27.037Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "12",
      "id_str": "1763618313492826258",
      "truncated": false,
      "retweet_count": "0",
      "id": "1763618313492826258",
      "created_at": "Fri Mar 01 17:32:27 +0000 2024",
      "favorited": false,
      "full_text": "third diet coke of the incident. my blood is now 40% aspartame",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1763595240153446955"
          ],
          "editableUntil": "2024-03-01T17:00:45.924Z",
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
      "favorite_count": "2",
      "id_str": "1763595240153446955",
      "truncated": false,
      "retweet_count": "1",
      "id": "1763595240153446955",
      "created_at": "Fri Mar 01 16:00:45 +0000 2024",
      "favorited": false,
      "full_text": "doing 105 on the M62 to make the 9am change freeze meeting, blue lights behind me at j18, lost them at the services 😎 made it with 2 mins to spare",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1761481907236977863"
          ],
          "editableUntil": "2024-02-24T21:03:08.093Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "197"
      ],
      "favorite_count": "37",
      "id_str": "1761481907236977863",
      "truncated": false,
      "retweet_count": "0",
      "id": "1761481907236977863",
      "created_at": "Sat Feb 24 20:03:08 +0000 2024",
      "favorited": false,
      "full_text": "love how leadership announced a \"zero downtime migration\" at the all-hands when the runbook literally has a 4 hour maintenance window in it. we don't lie to customers here, we \"manage expectations\"",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1759892315012841235"
          ],
          "editableUntil": "2024-02-20T11:46:39.774Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "6",
      "id_str": "1759892315012841235",
      "truncated": false,
      "retweet_count": "1",
      "id": "1759892315012841235",
      "created_at": "Tue Feb 20 10:46:39 +0000 2024",
      "favorited": false,
      "full_text": "passport renewed just in time for kubecon 🎉 new number 538192046, expires 2034, photo somehow even worse than the last one",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1749902118647431757"
          ],
          "editableUntil": "2024-01-23T22:09:11.351Z",
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
      "favorite_count": "1",
      "id_str": "1749902118647431757",
      "truncated": false,
      "retweet_count": "0",
      "id": "1749902118647431757",
      "created_at": "Tue Jan 23 21:09:11 +0000 2024",
      "favorited": false,
      "full_text": "she said \"show me your stack\" and i don't think she meant terraform 🍆💦",
      "lang": "en"
    }
  }
]