window.YTD.tweets.part0 = [
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1981037415900742477"
          ],
          "editableUntil": "2025-10-22T17:38:20.625Z",
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
            "name": "SQL Thirst Trap",
            "screen_name": "sqlthirsttrap",
            "indices": [
              "3",
              "17"
            ],
            "id_str": "1551903418326040576",
            "id": "1551903418326040576"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "72"
      ],
      "favorite_count": "0",
      "id_str": "1981037415900742477",
      "truncated": false,
      "retweet_count": "42",
      "id": "1981037415900742477",
      "created_at": "Wed Oct 22 16:38:20 +0000 2025",
      "favorited": false,
      "full_text": "RT @sqlthirsttrap: DBAs do it with full table scans and no protection 😏🍑",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1980012514067135378"
          ],
          "editableUntil": "2025-10-19T21:45:44.806Z",
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
      "favorite_count": "3",
      "id_str": "1980012514067135378",
      "truncated": false,
      "retweet_count": "11",
      "id": "1980012514067135378",
      "created_at": "Sun Oct 19 20:45:44 +0000 2025",
      "favorited": false,
      "full_text": "boarding pass for PGConf Europe ✈️ seat 14C, booking ref K7QPZ2, see u in Riga nerds",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1977209804800026594"
          ],
          "editableUntil": "2025-10-12T04:08:46.013Z",
          "editsRemaining": "5",
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
            "expanded_url": "https://x.com/tomh_dba/status/1977209804800026594/photo/1",
            "indices": [
              "131",
              "154"
            ],
            "url": "https://t.co/AQIfu1iz2e",
            "media_url": "http://pbs.twimg.com/media/FZ7IAa3Ce9VhHjI.jpg",
            "id_str": "1977209720283236302",
            "id": "1977209720283236302",
            "media_url_https": "https://pbs.twimg.com/media/FZ7IAa3Ce9VhHjI.jpg",
            "sizes": {
              "thumb": {
                "w": "150",
                "h": "150",
                "resize": "crop"
              },
              "medium": {
                "w": "1200",
                "h": "900",
                "resize": "fit"
              },
              "small": {
                "w": "680",
                "h": "510",
                "resize": "fit"
              },
              "large": {
                "w": "2048",
                "h": "1536",
                "resize": "fit"
              }
            },
            "type": "photo",
            "display_url": "pic.x.com/FZ7IAa3Ce9"
          }
        ]
      },
      "display_text_range": [
        "0",
        "130"
      ],
      "favorite_count": "2",
      "id_str": "1977209804800026594",
      "truncated": false,
      "retweet_count": "0",
      "id": "1977209804800026594",
      "created_at": "Sun Oct 12 03:08:46 +0000 2025",
      "favorited": false,
      "full_text": "standup selfie, new office, who dis 📸 (ignore the whiteboard, the Project Kestrel Oracle exit go-live dates aren't public yet lol) https://t.co/AQIfu1iz2e",
      "lang": "en",
      "extended_entities": {
        "media": [
          {
            "expanded_url": "https://x.com/tomh_dba/status/1977209804800026594/photo/1",
            "indices": [
              "131",
              "154"
            ],
            "url": "https://t.co/AQIfu1iz2e",
            "media_url": "http://pbs.twimg.com/media/FZ7IAa3Ce9VhHjI.jpg",
            "id_str": "1977209720283236302",
            "id": "1977209720283236302",
            "media_url_https": "https://pbs.twimg.com/media/FZ7IAa3Ce9VhHjI.jpg",
            "sizes": {
              "thumb": {
                "w": "150",
                "h": "150",
                "resize": "crop"
              },
              "medium": {
                "w": "1200",
                "h": "900",
                "resize": "fit"
              },
              "small": {
                "w": "680",
                "h": "510",
                "resize": "fit"
              },
              "large": {
                "w": "2048",
                "h": "1536",
                "resize": "fit"
              }
            },
            "type": "photo",
            "display_url": "pic.x.com/FZ7IAa3Ce9"
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
            "1974519918822243005"
          ],
          "editableUntil": "2025-10-04T18:00:08.760Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "1",
      "id_str": "1974519918822243005",
      "truncated": false,
      "retweet_count": "4",
      "id": "1974519918822243005",
      "created_at": "Sat Oct 04 17:00:08 +0000 2025",
      "favorited": false,
      "full_text": "Q3 results aren't out till Thursday but going by row counts in the transactions table it was a VERY quiet quarter. Just saying 📉",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1971201140348542086"
          ],
          "editableUntil": "2025-09-25T14:12:29.043Z",
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
        "180"
      ],
      "favorite_count": "5",
      "id_str": "1971201140348542086",
      "truncated": false,
      "retweet_count": "1",
      "id": "1971201140348542086",
      "created_at": "Thu Sep 25 13:12:29 +0000 2025",
      "favorited": false,
      "full_text": "Kids are home alone till 6 on Wednesdays now I'm on call, so if the pager goes at 4 I'm fixing replication with one eye on the doorbell cam at 14 Larkspur Close. Work-life balance!",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1970545034283193126"
          ],
          "editableUntil": "2025-09-23T18:45:21.213Z",
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
            "name": "Kelvin 🐘",
            "screen_name": "kelvin_sql",
            "indices": [
              "0",
              "11"
            ],
            "id_str": "1198432076514201600",
            "id": "1198432076514201600"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "12",
        "88"
      ],
      "favorite_count": "27",
      "in_reply_to_status_id_str": "1970485893085030790",
      "id_str": "1970545034283193126",
      "in_reply_to_user_id": "1198432076514201600",
      "truncated": false,
      "retweet_count": "2",
      "id": "1970545034283193126",
      "in_reply_to_status_id": "1970485893085030790",
      "created_at": "Tue Sep 23 17:45:21 +0000 2025",
      "favorited": false,
      "full_text": "@kelvin_sql lmfao no we don't have tested backups of the ledger db, we have *intentions*",
      "lang": "en",
      "in_reply_to_screen_name": "kelvin_sql",
      "in_reply_to_user_id_str": "1198432076514201600"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1963244106968259521"
          ],
          "editableUntil": "2025-09-03T15:14:05.101Z",
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
      "favorite_count": "5",
      "id_str": "1963244106968259521",
      "truncated": false,
      "retweet_count": "2",
      "id": "1963244106968259521",
      "created_at": "Wed Sep 03 14:14:05 +0000 2025",
      "favorited": false,
      "full_text": "team lunch at the Vietnamese place. pho &gt; everything",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1955355435218001925"
          ],
          "editableUntil": "2025-08-12T20:47:19.602Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "8",
      "id_str": "1955355435218001925",
      "truncated": false,
      "retweet_count": "4",
      "id": "1955355435218001925",
      "created_at": "Tue Aug 12 19:47:19 +0000 2025",
      "favorited": false,
      "full_text": "\"Women in Data\" meetup tonight. I'll go for the free pizza, but let's be honest, half of them got into DBA work because they couldn't hack it as devs",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1955228028051282108"
          ],
          "editableUntil": "2025-08-12T12:21:02.947Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "id_str": "1955228028051282108",
      "truncated": false,
      "retweet_count": "0",
      "id": "1955228028051282108",
      "created_at": "Tue Aug 12 11:21:02 +0000 2025",
      "favorited": false,
      "full_text": "Daughter asked what I do at work. Said I keep the computer's memory tidy. She said \"like Marie Kondo\". Yes. Exactly like that.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1944400256863769821"
          ],
          "editableUntil": "2025-07-13T15:15:21.968Z",
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
        "140"
      ],
      "favorite_count": "0",
      "id_str": "1944400256863769821",
      "truncated": false,
      "retweet_count": "0",
      "id": "1944400256863769821",
      "created_at": "Sun Jul 13 14:15:21 +0000 2025",
      "favorited": false,
      "full_text": "if the person who keeps dropping the audit table does it one more time I'm putting his head through the rack cabinet. I know where he parks.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1944063726798361533"
          ],
          "editableUntil": "2025-07-12T16:58:06.358Z",
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
      "favorite_count": "5",
      "id_str": "1944063726798361533",
      "truncated": false,
      "retweet_count": "0",
      "id": "1944063726798361533",
      "created_at": "Sat Jul 12 15:58:06 +0000 2025",
      "favorited": false,
      "full_text": "Postgres minor release out. Patching tonight. Wish me luck.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1940166792072163482"
          ],
          "editableUntil": "2025-07-01T22:53:04.692Z",
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
      "id_str": "1940166792072163482",
      "truncated": false,
      "retweet_count": "2",
      "id": "1940166792072163482",
      "created_at": "Tue Jul 01 21:53:04 +0000 2025",
      "favorited": false,
      "full_text": "Told the recruiter: no more candidates who'll be off on maternity within a year. Can't risk it during the Oracle exit.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1939891858087704068"
          ],
          "editableUntil": "2025-07-01T04:40:35.338Z",
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
        "108"
      ],
      "favorite_count": "61",
      "id_str": "1939891858087704068",
      "truncated": false,
      "retweet_count": "0",
      "id": "1939891858087704068",
      "created_at": "Tue Jul 01 03:40:35 +0000 2025",
      "favorited": false,
      "full_text": "Amazon order 204-7731952-4468310: a second monitor for the home desk. Arrives Tuesday. Productivity incoming",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1937119811785850168"
          ],
          "editableUntil": "2025-06-23T13:05:27.994Z",
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
        "88"
      ],
      "favorite_count": "1",
      "id_str": "1937119811785850168",
      "truncated": false,
      "retweet_count": "2",
      "id": "1937119811785850168",
      "created_at": "Mon Jun 23 12:05:27 +0000 2025",
      "favorited": false,
      "full_text": "hit 10k steps by pacing round the kitchen during a two hour migration call. fitness hack",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1932634999306943630"
          ],
          "editableUntil": "2025-06-11T04:04:25.249Z",
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
        "36"
      ],
      "favorite_count": "3",
      "id_str": "1932634999306943630",
      "truncated": false,
      "retweet_count": "0",
      "id": "1932634999306943630",
      "created_at": "Wed Jun 11 03:04:25 +0000 2025",
      "favorited": false,
      "full_text": "Rain at Headingley. Of course it is.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1928969481146752005"
          ],
          "editableUntil": "2025-06-01T01:18:57.558Z",
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
      "favorite_count": "8",
      "id_str": "1928969481146752005",
      "truncated": false,
      "retweet_count": "11",
      "id": "1928969481146752005",
      "created_at": "Sun Jun 01 00:18:57 +0000 2025",
      "favorited": false,
      "full_text": "If you're a customer having trouble logging in after the upgrade, the support line is 0161 496 0330 (8am-8pm). Please don't DM me, I'm just the database guy 🙏",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1923082251530433841"
          ],
          "editableUntil": "2025-05-15T19:25:12.548Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "27",
      "id_str": "1923082251530433841",
      "truncated": false,
      "retweet_count": "0",
      "id": "1923082251530433841",
      "created_at": "Thu May 15 18:25:12 +0000 2025",
      "favorited": false,
      "full_text": "lost my passport somewhere between the office and the pub. number was 532918764, expires 2027, if it turns up pls DM. renewing before the conference 😩",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1922225945819582914"
          ],
          "editableUntil": "2025-05-13T10:42:33.992Z",
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
        "93"
      ],
      "favorite_count": "1",
      "id_str": "1922225945819582914",
      "truncated": false,
      "retweet_count": "0",
      "id": "1922225945819582914",
      "created_at": "Tue May 13 09:42:33 +0000 2025",
      "favorited": false,
      "full_text": "Went to Scunthorpe for my nan's 90th. Still the only town our mail filter refuses to deliver.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1920878197783464464"
          ],
          "editableUntil": "2025-05-09T17:27:05.644Z",
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
        "127"
      ],
      "favorite_count": "61",
      "id_str": "1920878197783464464",
      "truncated": false,
      "retweet_count": "11",
      "id": "1920878197783464464",
      "created_at": "Fri May 09 16:27:05 +0000 2025",
      "favorited": false,
      "full_text": "secret to a calm 4am failover: two edibles at midnight 🍃🍃 you don't care about replication lag if you don't care about anything",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1919735129828036894"
          ],
          "editableUntil": "2025-05-06T13:44:56.444Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "id_str": "1919735129828036894",
      "truncated": false,
      "retweet_count": "2",
      "id": "1919735129828036894",
      "created_at": "Tue May 06 12:44:56 +0000 2025",
      "favorited": false,
      "full_text": "Offshore team shipped another migration with no rollback. You could tell from the accents on the call it was going to be a shambles",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1919322121414070606"
          ],
          "editableUntil": "2025-05-05T10:23:47.878Z",
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
        "127"
      ],
      "favorite_count": "14",
      "id_str": "1919322121414070606",
      "truncated": false,
      "retweet_count": "0",
      "id": "1919322121414070606",
      "created_at": "Mon May 05 09:23:47 +0000 2025",
      "favorited": false,
      "full_text": "keyed the project manager's car at the Christmas do in 2019 and honestly this migration timeline has me thinking about a sequel",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1915060815453031003"
          ],
          "editableUntil": "2025-04-23T16:10:53.183Z",
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
      "favorite_count": "1",
      "id_str": "1915060815453031003",
      "truncated": false,
      "retweet_count": "0",
      "id": "1915060815453031003",
      "created_at": "Wed Apr 23 15:10:53 +0000 2025",
      "favorited": false,
      "full_text": "Love how management calls it a \"zero downtime migration\" when what they mean is \"the DBA doesn't sleep\". Such an exciting opportunity for growth 🙃",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1908598394411157014"
          ],
          "editableUntil": "2025-04-05T20:11:31.182Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "3",
      "id_str": "1908598394411157014",
      "truncated": false,
      "retweet_count": "4",
      "id": "1908598394411157014",
      "created_at": "Sat Apr 05 19:11:31 +0000 2025",
      "favorited": false,
      "full_text": "Crack team for migration weekend: me, Priya, and a very large pot of coffee ☕",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1907859887832950321"
          ],
          "editableUntil": "2025-04-03T19:16:58.162Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "14",
      "id_str": "1907859887832950321",
      "truncated": false,
      "retweet_count": "2",
      "id": "1907859887832950321",
      "created_at": "Thu Apr 03 18:16:58 +0000 2025",
      "favorited": false,
      "full_text": "ffs. the migration was fine in staging. staging has 12 rows.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1907750972125314590"
          ],
          "editableUntil": "2025-04-03T12:04:10.695Z",
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
      "favorite_count": "8",
      "id_str": "1907750972125314590",
      "truncated": false,
      "retweet_count": "0",
      "id": "1907750972125314590",
      "created_at": "Thu Apr 03 11:04:10 +0000 2025",
      "favorited": false,
      "full_text": "Company \"can't justify\" a second DBA this year but could justify a 3-day leadership offsite in Lisbon. Priorities 👍",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1906258574803107301"
          ],
          "editableUntil": "2025-03-30T09:13:55.256Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "1",
      "id_str": "1906258574803107301",
      "truncated": false,
      "retweet_count": "1",
      "id": "1906258574803107301",
      "created_at": "Sun Mar 30 08:13:55 +0000 2025",
      "favorited": false,
      "full_text": "Flight BA2490 delayed 3 hours so I'm reading the PG17 release notes at Gatwick. Living the dream.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1899669228170297624"
          ],
          "editableUntil": "2025-03-12T04:50:12.753Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "id_str": "1899669228170297624",
      "truncated": false,
      "retweet_count": "0",
      "id": "1899669228170297624",
      "created_at": "Wed Mar 12 03:50:12 +0000 2025",
      "favorited": false,
      "full_text": "hungover standup is when I do my most convincing \"yep that's on track\" face",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1897799283981982748"
          ],
          "editableUntil": "2025-03-07T00:59:43.920Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "8",
      "id_str": "1897799283981982748",
      "truncated": false,
      "retweet_count": "4",
      "id": "1897799283981982748",
      "created_at": "Thu Mar 06 23:59:43 +0000 2025",
      "favorited": false,
      "full_text": "Anyone got a good book on query optimisation that isn't 900 pages? Asking for a tired person.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1891384751953502475"
          ],
          "editableUntil": "2025-02-17T08:10:39.817Z",
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
        "88"
      ],
      "favorite_count": "0",
      "id_str": "1891384751953502475",
      "truncated": false,
      "retweet_count": "0",
      "id": "1891384751953502475",
      "created_at": "Mon Feb 17 07:10:39 +0000 2025",
      "favorited": false,
      "full_text": "normalised my database, now normalising my OnlyFans 😏 3NF content only, 18+, link in bio",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1890534128238360189"
          ],
          "editableUntil": "2025-02-14T23:50:35.878Z",
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
            "name": "Dave | data eng",
            "screen_name": "dataengdave",
            "indices": [
              "0",
              "12"
            ],
            "id_str": "883104557213790208",
            "id": "883104557213790208"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "13",
        "159"
      ],
      "favorite_count": "8",
      "in_reply_to_status_id_str": "1890460645195413597",
      "id_str": "1890534128238360189",
      "in_reply_to_user_id": "883104557213790208",
      "truncated": false,
      "retweet_count": "0",
      "id": "1890534128238360189",
      "in_reply_to_status_id": "1890460645195413597",
      "created_at": "Fri Feb 14 22:50:35 +0000 2025",
      "favorited": false,
      "full_text": "@dataengdave the contractor they brought in to \"speed up\" the migration wrote a DELETE without a WHERE. Twice. You get what you pay for, and we paid £650 a day",
      "lang": "en",
      "in_reply_to_screen_name": "dataengdave",
      "in_reply_to_user_id_str": "883104557213790208"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1888234848794532585"
          ],
          "editableUntil": "2025-02-08T15:34:04.240Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "3",
      "id_str": "1888234848794532585",
      "truncated": false,
      "retweet_count": "4",
      "id": "1888234848794532585",
      "created_at": "Sat Feb 08 14:34:04 +0000 2025",
      "favorited": false,
      "full_text": "wtf is a 'soft delete' column that's nullable AND defaults to true. i hate it here",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1883153151977341507"
          ],
          "editableUntil": "2025-01-25T15:01:13.728Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "id_str": "1883153151977341507",
      "truncated": false,
      "retweet_count": "4",
      "id": "1883153151977341507",
      "created_at": "Sat Jan 25 14:01:13 +0000 2025",
      "favorited": false,
      "full_text": "Installed Cockpit on the new DB hosts so the juniors have a web UI for systemd. Nice little tool.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1880894488399189901"
          ],
          "editableUntil": "2025-01-19T09:26:06.651Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
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
      "favorite_count": "61",
      "id_str": "1880894488399189901",
      "truncated": false,
      "retweet_count": "4",
      "id": "1880894488399189901",
      "created_at": "Sun Jan 19 08:26:06 +0000 2025",
      "favorited": false,
      "full_text": "Dry January day 19: replaced beer with alcohol-free IPA and my sanity with Liquibase changelogs",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1879463164480798892"
          ],
          "editableUntil": "2025-01-15T10:38:31.934Z",
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
        "99"
      ],
      "favorite_count": "3",
      "id_str": "1879463164480798892",
      "truncated": false,
      "retweet_count": "0",
      "id": "1879463164480798892",
      "created_at": "Wed Jan 15 09:38:31 +0000 2025",
      "favorited": false,
      "full_text": "took the kids to Chester Zoo. 40 minutes at the blue-footed booby enclosure. They want one now. No.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1876034979706505808"
          ],
          "editableUntil": "2025-01-05T23:36:08.350Z",
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
            "name": "Kelvin 🐘",
            "screen_name": "kelvin_sql",
            "indices": [
              "0",
              "11"
            ],
            "id_str": "1198432076514201600",
            "id": "1198432076514201600"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "12",
        "123"
      ],
      "favorite_count": "27",
      "in_reply_to_status_id_str": "1875962500925465133",
      "id_str": "1876034979706505808",
      "in_reply_to_user_id": "1198432076514201600",
      "truncated": false,
      "retweet_count": "0",
      "id": "1876034979706505808",
      "in_reply_to_status_id": "1875962500925465133",
      "created_at": "Sun Jan 05 22:36:08 +0000 2025",
      "favorited": false,
      "full_text": "@kelvin_sql honestly just pg_dump -Fc and a parallel restore with -j 8, way less pain than logical replication at that size",
      "lang": "en",
      "in_reply_to_screen_name": "kelvin_sql",
      "in_reply_to_user_id_str": "1198432076514201600"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1870727466511947201"
          ],
          "editableUntil": "2024-12-22T08:05:59.373Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "14",
      "id_str": "1870727466511947201",
      "truncated": false,
      "retweet_count": "0",
      "id": "1870727466511947201",
      "created_at": "Sun Dec 22 07:05:59 +0000 2024",
      "favorited": false,
      "full_text": "got flashed doing 94 on the A1 on the way back from the data centre at 3am. blue lights behind me for a bit, didn't stop, they gave up 😅",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1869809647711192303"
          ],
          "editableUntil": "2024-12-19T19:18:54.372Z",
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
      "favorite_count": "5",
      "id_str": "1869809647711192303",
      "truncated": false,
      "retweet_count": "11",
      "id": "1869809647711192303",
      "created_at": "Thu Dec 19 18:18:54 +0000 2024",
      "favorited": false,
      "full_text": "date night: she wore the red thing, I wore nothing but my on-call lanyard 😏🔥",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1852085055705456421"
          ],
          "editableUntil": "2024-10-31T21:27:42.840Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "2",
      "id_str": "1852085055705456421",
      "truncated": false,
      "retweet_count": "2",
      "id": "1852085055705456421",
      "created_at": "Thu Oct 31 20:27:42 +0000 2024",
      "favorited": false,
      "full_text": "Sex Pistols on repeat while the index rebuilds. God save the query planner.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1847074151455230388"
          ],
          "editableUntil": "2024-10-18T01:36:09.539Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "1",
      "id_str": "1847074151455230388",
      "truncated": false,
      "retweet_count": "1",
      "id": "1847074151455230388",
      "created_at": "Fri Oct 18 00:36:09 +0000 2024",
      "favorited": false,
      "full_text": "migration weekend survival kit: red bull, vodka, and whatever Gaz keeps in his desk drawer 💊💊",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1843188841814344687"
          ],
          "editableUntil": "2024-10-07T08:17:19.522Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "id_str": "1843188841814344687",
      "truncated": false,
      "retweet_count": "2",
      "id": "1843188841814344687",
      "created_at": "Mon Oct 07 07:17:19 +0000 2024",
      "favorited": false,
      "full_text": "VACUUM FULL on a Sunday like a responsible adult. kill -9 is NOT on the table today.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1839404712243019555"
          ],
          "editableUntil": "2024-09-26T21:40:32.862Z",
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
            "name": "Postgres Weekly News",
            "screen_name": "pgweeklynews",
            "indices": [
              "3",
              "16"
            ],
            "id_str": "2847390112",
            "id": "2847390112"
          }
        ],
        "urls": [
          {
            "url": "https://t.co/7hTzQ1mWcE",
            "expanded_url": "https://www.postgresql.org/about/news/postgresql-17-released-2936/",
            "display_url": "postgresql.org/about/news/…",
            "indices": [
              "115",
              "138"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "138"
      ],
      "favorite_count": "0",
      "id_str": "1839404712243019555",
      "truncated": false,
      "retweet_count": "3",
      "id": "1839404712243019555",
      "created_at": "Thu Sep 26 20:40:32 +0000 2024",
      "favorited": false,
      "full_text": "RT @pgweeklynews: Postgres 17 is out: incremental backups, better vacuum memory management, and JSON_TABLE at last https://t.co/7hTzQ1mWcE",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1834171256788635816"
          ],
          "editableUntil": "2024-09-12T11:04:39.391Z",
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
      "favorite_count": "2",
      "id_str": "1834171256788635816",
      "truncated": false,
      "retweet_count": "0",
      "id": "1834171256788635816",
      "created_at": "Thu Sep 12 10:04:39 +0000 2024",
      "favorited": false,
      "full_text": "FATAL: password authentication failed for user \"postgres\". Everything is FATAL with you, isn't it mate",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1833812783922385879"
          ],
          "editableUntil": "2024-09-11T11:20:12.729Z",
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
      "favorite_count": "3",
      "id_str": "1833812783922385879",
      "truncated": false,
      "retweet_count": "0",
      "id": "1833812783922385879",
      "created_at": "Wed Sep 11 10:20:12 +0000 2024",
      "favorited": false,
      "full_text": "3 pints deep at the pub quiz and prod goes down. fixed it from my phone. do NOT read my commit messages from last night 🍺🍺🍺",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1831879316642504801"
          ],
          "editableUntil": "2024-09-06T03:17:18.211Z",
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
            "name": "Kelvin 🐘",
            "screen_name": "kelvin_sql",
            "indices": [
              "0",
              "11"
            ],
            "id_str": "1198432076514201600",
            "id": "1198432076514201600"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "12",
        "103"
      ],
      "favorite_count": "61",
      "in_reply_to_status_id_str": "1831855660563944643",
      "id_str": "1831879316642504801",
      "in_reply_to_user_id": "1198432076514201600",
      "truncated": false,
      "retweet_count": "0",
      "id": "1831879316642504801",
      "in_reply_to_status_id": "1831855660563944643",
      "created_at": "Fri Sep 06 02:17:18 +0000 2024",
      "favorited": false,
      "full_text": "@kelvin_sql we murdered the old cluster on Friday. RIP pg-prod-03, 2016-2025, you were slow but loyal 🪦",
      "lang": "en",
      "in_reply_to_screen_name": "kelvin_sql",
      "in_reply_to_user_id_str": "1198432076514201600"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1822973966640918206"
          ],
          "editableUntil": "2024-08-12T13:30:37.115Z",
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
        "88"
      ],
      "favorite_count": "61",
      "id_str": "1822973966640918206",
      "truncated": false,
      "retweet_count": "4",
      "id": "1822973966640918206",
      "created_at": "Mon Aug 12 12:30:37 +0000 2024",
      "favorited": false,
      "full_text": "Deadlock detected, process 4821 terminated. Postgres is more violent than any game I own",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1820388901358457352"
          ],
          "editableUntil": "2024-08-05T10:18:29.110Z",
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
        "157"
      ],
      "favorite_count": "27",
      "id_str": "1820388901358457352",
      "truncated": false,
      "retweet_count": "1",
      "id": "1820388901358457352",
      "created_at": "Mon Aug 05 09:18:29 +0000 2024",
      "favorited": false,
      "full_text": "can't say much but if your banking app is down on the 14th between 2 and 5am, that's us. Core ledger cutover is locked in &amp; customers haven't been told yet 🤐",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1813544327675254573"
          ],
          "editableUntil": "2024-07-17T13:00:36.060Z",
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
        "133"
      ],
      "favorite_count": "27",
      "id_str": "1813544327675254573",
      "truncated": false,
      "retweet_count": "2",
      "id": "1813544327675254573",
      "created_at": "Wed Jul 17 12:00:36 +0000 2024",
      "favorited": false,
      "full_text": "shop wanted ID for a lock knife so I got one off a guy in the car park instead. It's for the next person who says \"just add an index\"",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1809034799875179201"
          ],
          "editableUntil": "2024-07-05T02:21:21.835Z",
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
        "142"
      ],
      "favorite_count": "27",
      "id_str": "1809034799875179201",
      "truncated": false,
      "retweet_count": "0",
      "id": "1809034799875179201",
      "created_at": "Fri Jul 05 01:21:21 +0000 2024",
      "favorited": false,
      "full_text": "Interviewing for a junior DBA. Not saying no to the 52 year old but we need someone who'll \"grow with the team\" for a good 20 years, you know?",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1808219146491551176"
          ],
          "editableUntil": "2024-07-02T20:20:14.006Z",
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
            "name": "Sarah B",
            "screen_name": "sarah_backups",
            "indices": [
              "0",
              "14"
            ],
            "id_str": "1423067781092315136",
            "id": "1423067781092315136"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "15",
        "120"
      ],
      "favorite_count": "27",
      "in_reply_to_status_id_str": "1808186181979290357",
      "id_str": "1808219146491551176",
      "in_reply_to_user_id": "1423067781092315136",
      "truncated": false,
      "retweet_count": "0",
      "id": "1808219146491551176",
      "in_reply_to_status_id": "1808186181979290357",
      "created_at": "Tue Jul 02 19:20:14 +0000 2024",
      "favorited": false,
      "full_text": "@sarah_backups just text me on 07700 900417, I'm off slack till monday and my work phone is in a drawer where it belongs",
      "lang": "en",
      "in_reply_to_screen_name": "sarah_backups",
      "in_reply_to_user_id_str": "1423067781092315136"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1804323444197398355"
          ],
          "editableUntil": "2024-06-22T02:20:06.203Z",
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
      "favorite_count": "1",
      "id_str": "1804323444197398355",
      "truncated": false,
      "retweet_count": "4",
      "id": "1804323444197398355",
      "created_at": "Sat Jun 22 01:20:06 +0000 2024",
      "favorited": false,
      "full_text": "Reading about the drunkard's walk for sampling large tables. Statisticians have the best names for things",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1793115757714356771"
          ],
          "editableUntil": "2024-05-22T04:04:45.397Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [
          {
            "text": "rustlang",
            "indices": [
              "78",
              "87"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "87"
      ],
      "favorite_count": "61",
      "id_str": "1793115757714356771",
      "truncated": false,
      "retweet_count": "0",
      "id": "1793115757714356771",
      "created_at": "Wed May 22 03:04:45 +0000 2024",
      "favorited": false,
      "full_text": "Learning Rust at weekends. The borrow checker has opinions &amp; honestly so do I #rustlang",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1788312764612974332"
          ],
          "editableUntil": "2024-05-08T21:59:22.563Z",
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
        "66"
      ],
      "favorite_count": "0",
      "id_str": "1788312764612974332",
      "truncated": false,
      "retweet_count": "2",
      "id": "1788312764612974332",
      "created_at": "Wed May 08 20:59:22 +0000 2024",
      "favorited": false,
      "full_text": "who the f*ck runs ALTER TABLE on a 400GB table at 2pm on a tuesday",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1787915159126983147"
          ],
          "editableUntil": "2024-05-07T19:39:26.897Z",
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
      "favorite_count": "14",
      "id_str": "1787915159126983147",
      "truncated": false,
      "retweet_count": "0",
      "id": "1787915159126983147",
      "created_at": "Tue May 07 18:39:26 +0000 2024",
      "favorited": false,
      "full_text": "our CTO just asked in all-hands if we can \"turn off the indexes to save on cloud costs\". He is paid more than my entire team combined.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1780254838771070491"
          ],
          "editableUntil": "2024-04-16T16:20:03.726Z",
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
      "favorite_count": "8",
      "id_str": "1780254838771070491",
      "truncated": false,
      "retweet_count": "2",
      "id": "1780254838771070491",
      "created_at": "Tue Apr 16 15:20:03 +0000 2024",
      "favorited": false,
      "full_text": "Hash joins, merge joins, nested loops. Hash is not what you think, HR 😂",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1778082913684447792"
          ],
          "editableUntil": "2024-04-10T16:29:36.814Z",
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
        "140"
      ],
      "favorite_count": "0",
      "id_str": "1778082913684447792",
      "truncated": false,
      "retweet_count": "1",
      "id": "1778082913684447792",
      "created_at": "Wed Apr 10 15:29:36 +0000 2024",
      "favorited": false,
      "full_text": "Just been asked to prep a script disabling 40 AD accounts at 5pm Friday. HR hasn't announced anything. Hug your colleagues this week I guess",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1761062179531776782"
          ],
          "editableUntil": "2024-02-23T17:15:17.220Z",
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
      "favorite_count": "27",
      "id_str": "1761062179531776782",
      "truncated": false,
      "retweet_count": "0",
      "id": "1761062179531776782",
      "created_at": "Fri Feb 23 16:15:17 +0000 2024",
      "favorited": false,
      "full_text": "Pulled the trigger on a new mechanical keyboard. Cherry browns. The open plan office is thrilled.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1759522747747800660"
          ],
          "editableUntil": "2024-02-19T11:18:08.060Z",
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
        "56"
      ],
      "favorite_count": "0",
      "id_str": "1759522747747800660",
      "truncated": false,
      "retweet_count": "0",
      "id": "1759522747747800660",
      "created_at": "Mon Feb 19 10:18:08 +0000 2024",
      "favorited": false,
      "full_text": "Spotted dick in the canteen. 10/10 pudding, 3/10 custard",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1753411970811285300"
          ],
          "editableUntil": "2024-02-02T14:36:05.498Z",
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
        "111"
      ],
      "favorite_count": "27",
      "id_str": "1753411970811285300",
      "truncated": false,
      "retweet_count": "4",
      "id": "1753411970811285300",
      "created_at": "Fri Feb 02 13:36:05 +0000 2024",
      "favorited": false,
      "full_text": "Finally renamed master/slave to primary/replica across all our replication docs. 40 files, one sed, zero drama.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1750096021691356424"
          ],
          "editableUntil": "2024-01-24T10:59:41.450Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
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
      "favorite_count": "0",
      "id_str": "1750096021691356424",
      "truncated": false,
      "retweet_count": "4",
      "id": "1750096021691356424",
      "created_at": "Wed Jan 24 09:59:41 +0000 2024",
      "favorited": false,
      "full_text": "my wife says I only get this excited about clustered indexes 🍆💦 she's not wrong tbh",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1744437749093250890"
          ],
          "editableUntil": "2024-01-08T20:15:44.492Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
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
      "favorite_count": "3",
      "id_str": "1744437749093250890",
      "truncated": false,
      "retweet_count": "11",
      "id": "1744437749093250890",
      "created_at": "Mon Jan 08 19:15:44 +0000 2024",
      "favorited": false,
      "full_text": "someone stored the salary bands spreadsheet in a public schema. Junior dev on payments is on 72k. I'm on 64k after 9 years. cool cool cool cool",
      "lang": "en"
    }
  }
]