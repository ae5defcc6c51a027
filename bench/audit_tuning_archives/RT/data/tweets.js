window.YTD.tweets.part0 = [
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1982371544109993258"
          ],
          "editableUntil": "2025-10-26T09:59:41.000Z",
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
      "favorite_count": "1",
      "id_str": "1982371544109993258",
      "truncated": false,
      "retweet_count": "5",
      "id": "1982371544109993258",
      "created_at": "Sun Oct 26 08:59:41 +0000 2025",
      "favorited": false,
      "full_text": "new pfp has the group chat in SHAMBLES 🍑🔥 uncropped version for the 18+ girlies in my DMs",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1981272542738028875"
          ],
          "editableUntil": "2025-10-23T09:12:39.000Z",
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
        "urls": [
          {
            "url": "https://t.co/M4wq2LhZ8c",
            "expanded_url": "https://investors.sproutly.co.uk/results/q3-2025",
            "display_url": "investors.sproutly.co.uk/r…",
            "indices": [
              "114",
              "137"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "137"
      ],
      "favorite_count": "6",
      "id_str": "1981272542738028875",
      "truncated": false,
      "retweet_count": "0",
      "id": "1981272542738028875",
      "created_at": "Thu Oct 23 08:12:39 +0000 2025",
      "favorited": false,
      "full_text": "our Q3 results went out this morning, revenue up 12%. proud of the checkout team, it's all in the investor update https://t.co/M4wq2LhZ8c",
      "lang": "en",
      "possibly_sensitive": false
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1980389120195575666"
          ],
          "editableUntil": "2025-10-20T22:42:14.000Z",
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
      "favorite_count": "2",
      "id_str": "1980389120195575666",
      "truncated": false,
      "retweet_count": "0",
      "id": "1980389120195575666",
      "created_at": "Mon Oct 20 21:42:14 +0000 2025",
      "favorited": false,
      "full_text": "pricing page for the new Pro tier that i built. £49/mo, goes live 3 nov, shhh 😌 &lt;- don't tell marketing i posted this",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1970467203086925841"
          ],
          "editableUntil": "2025-09-23T13:36:05.000Z",
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
        "27"
      ],
      "favorite_count": "9",
      "id_str": "1970467203086925841",
      "truncated": false,
      "retweet_count": "1",
      "id": "1970467203086925841",
      "created_at": "Tue Sep 23 12:36:05 +0000 2025",
      "favorited": false,
      "full_text": "kill -9 is my love language",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1970286329640857880"
          ],
          "editableUntil": "2025-09-23T01:37:21.000Z",
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
        "28"
      ],
      "favorite_count": "0",
      "id_str": "1970286329640857880",
      "truncated": false,
      "retweet_count": "2",
      "id": "1970286329640857880",
      "created_at": "Tue Sep 23 00:37:21 +0000 2025",
      "favorited": false,
      "full_text": "ffs the pipeline broke AGAIN",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1970105879177943821"
          ],
          "editableUntil": "2025-09-22T13:40:18.000Z",
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
            "name": "Pairprog Leeds",
            "screen_name": "pairprog_leeds",
            "indices": [
              "0",
              "15"
            ],
            "id_str": "1562531649717178653",
            "id": "1562531649717178653"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "16",
        "87"
      ],
      "favorite_count": "4",
      "id_str": "1970105879177943821",
      "truncated": false,
      "retweet_count": "5",
      "id": "1970105879177943821",
      "created_at": "Mon Sep 22 12:40:18 +0000 2025",
      "favorited": false,
      "full_text": "@pairprog_leeds yeah DM me or just text 07700 900417, happy to pair on it any weeknight",
      "lang": "en",
      "in_reply_to_status_id_str": "1970098833344039062",
      "in_reply_to_status_id": "1970098833344039062",
      "in_reply_to_user_id": "1562531649717178653",
      "in_reply_to_user_id_str": "1562531649717178653",
      "in_reply_to_screen_name": "pairprog_leeds"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1961475471942198151"
          ],
          "editableUntil": "2025-08-29T18:06:08.000Z",
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
        "116"
      ],
      "favorite_count": "0",
      "id_str": "1961475471942198151",
      "truncated": false,
      "retweet_count": "0",
      "id": "1961475471942198151",
      "created_at": "Fri Aug 29 17:06:08 +0000 2025",
      "favorited": false,
      "full_text": "someone brought crack pie from the bakery on briggate to standup and it's the best thing that's happened this sprint",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1952288026118319536"
          ],
          "editableUntil": "2025-08-04T09:38:31.000Z",
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
      "favorite_count": "14",
      "id_str": "1952288026118319536",
      "truncated": false,
      "retweet_count": "5",
      "id": "1952288026118319536",
      "created_at": "Mon Aug 04 08:38:31 +0000 2025",
      "favorited": false,
      "full_text": "renamed master -&gt; main and blacklist -&gt; denylist across 3 repos today. tiny PR, enormous diff",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1951370618023780737"
          ],
          "editableUntil": "2025-08-01T20:53:04.000Z",
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
      "favorite_count": "14",
      "id_str": "1951370618023780737",
      "truncated": false,
      "retweet_count": "0",
      "id": "1951370618023780737",
      "created_at": "Fri Aug 01 19:53:04 +0000 2025",
      "favorited": false,
      "full_text": "sprint retro. what went well: nothing. what went badly: the whole f**king sprint. action items: leave",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1946467069646457769"
          ],
          "editableUntil": "2025-07-19T08:08:07.000Z",
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
        "130"
      ],
      "favorite_count": "1",
      "id_str": "1946467069646457769",
      "truncated": false,
      "retweet_count": "0",
      "id": "1946467069646457769",
      "created_at": "Sat Jul 19 07:08:07 +0000 2025",
      "favorited": false,
      "full_text": "unpopular opinion: don't hire women who just got engaged. they're on mat leave within 18 months and you're left with their tickets",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1941822616055624724"
          ],
          "editableUntil": "2025-07-06T12:32:43.000Z",
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
      "favorite_count": "0",
      "id_str": "1941822616055624724",
      "truncated": false,
      "retweet_count": "0",
      "id": "1941822616055624724",
      "created_at": "Sun Jul 06 11:32:43 +0000 2025",
      "favorited": false,
      "full_text": "ran the leeds 10k this morning. 49:12, new PB, legs are gone",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1933952756798823728"
          ],
          "editableUntil": "2025-06-14T19:20:42.000Z",
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
      "id_str": "1933952756798823728",
      "truncated": false,
      "retweet_count": "1",
      "id": "1933952756798823728",
      "created_at": "Sat Jun 14 18:20:42 +0000 2025",
      "favorited": false,
      "full_text": "LS1422 back from berlin delayed 2 hours. conf was so worth it though, brain is full",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1932671913691279468"
          ],
          "editableUntil": "2025-06-11T06:31:06.000Z",
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
      "favorite_count": "0",
      "id_str": "1932671913691279468",
      "truncated": false,
      "retweet_count": "0",
      "id": "1932671913691279468",
      "created_at": "Wed Jun 11 05:31:06 +0000 2025",
      "favorited": false,
      "full_text": "BERLIN CONF HERE I COME ✈️ LS1421 seat 14A, booking ref QX7T2M. gate opens 06:10, someone bring me a coffee",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1930674693631708054"
          ],
          "editableUntil": "2025-06-05T18:14:51.000Z",
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
      "id_str": "1930674693631708054",
      "truncated": false,
      "retweet_count": "0",
      "id": "1930674693631708054",
      "created_at": "Thu Jun 05 17:14:51 +0000 2025",
      "favorited": false,
      "full_text": "one of our clients' prod db password is literally their company name + 123. not saying which. it's the one with the bee logo 🐝",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1928165305682146258"
          ],
          "editableUntil": "2025-05-29T20:03:27.000Z",
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
      "favorite_count": "9",
      "id_str": "1928165305682146258",
      "truncated": false,
      "retweet_count": "5",
      "id": "1928165305682146258",
      "created_at": "Thu May 29 19:03:27 +0000 2025",
      "favorited": false,
      "full_text": "p60 finally came through lol. NI number JT 48 29 17 C, £31,204, a whole year of my life in one pdf 💀",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1927520176844597898"
          ],
          "editableUntil": "2025-05-28T01:19:55.000Z",
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
      "favorite_count": "0",
      "id_str": "1927520176844597898",
      "truncated": false,
      "retweet_count": "0",
      "id": "1927520176844597898",
      "created_at": "Wed May 28 00:19:55 +0000 2025",
      "favorited": false,
      "full_text": "hungover as hell at standup and my manager is still banging on about \"velocity\" like a sh*t F1 commentator",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1925476881615370805"
          ],
          "editableUntil": "2025-05-22T10:00:36.000Z",
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
      "favorite_count": "1",
      "id_str": "1925476881615370805",
      "truncated": false,
      "retweet_count": "0",
      "id": "1925476881615370805",
      "created_at": "Thu May 22 09:00:36 +0000 2025",
      "favorited": false,
      "full_text": "told the contractor who force-pushed over my branch to meet me in the car park after work. he left at 4. coward",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1919004449521825716"
          ],
          "editableUntil": "2025-05-04T13:21:28.000Z",
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
        "103"
      ],
      "favorite_count": "3",
      "id_str": "1919004449521825716",
      "truncated": false,
      "retweet_count": "2",
      "id": "1919004449521825716",
      "created_at": "Sun May 04 12:21:28 +0000 2025",
      "favorited": false,
      "full_text": "keyed the car of the guy who tailgated me into the office car park this morning. petty? yes. regret? no",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1915912512616442944"
          ],
          "editableUntil": "2025-04-26T00:35:13.000Z",
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
      "id_str": "1915912512616442944",
      "truncated": false,
      "retweet_count": "1",
      "id": "1915912512616442944",
      "created_at": "Fri Apr 25 23:35:13 +0000 2025",
      "favorited": false,
      "full_text": "first pay rise as a dev 🥹 and glassdoor's range for leeds juniors (26-34k) was bang on, use it when you negotiate",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1909968287935045571"
          ],
          "editableUntil": "2025-04-09T14:54:59.000Z",
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
      "favorite_count": "4",
      "id_str": "1909968287935045571",
      "truncated": false,
      "retweet_count": "0",
      "id": "1909968287935045571",
      "created_at": "Wed Apr 09 13:54:59 +0000 2025",
      "favorited": false,
      "full_text": "left hinge open during a screen share. the whole team now knows my bio says \"DTF &amp; CI/CD\"",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1902141350744280316"
          ],
          "editableUntil": "2025-03-19T00:33:31.000Z",
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
      "id_str": "1902141350744280316",
      "truncated": false,
      "retweet_count": "1",
      "id": "1902141350744280316",
      "created_at": "Tue Mar 18 23:33:31 +0000 2025",
      "favorited": false,
      "full_text": "order SCN-448211 finally arrived!! new split keyboard &amp; i already hate typing on it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1882933785189659375"
          ],
          "editableUntil": "2025-01-25T00:29:31.000Z",
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
        "67"
      ],
      "favorite_count": "3",
      "id_str": "1882933785189659375",
      "truncated": false,
      "retweet_count": "0",
      "id": "1882933785189659375",
      "created_at": "Fri Jan 24 23:29:31 +0000 2025",
      "favorited": false,
      "full_text": "penistone line shut for engineering works again so it's a wfh day 🚂",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1881100128242488368"
          ],
          "editableUntil": "2025-01-19T23:03:13.000Z",
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
        "98"
      ],
      "favorite_count": "14",
      "id_str": "1881100128242488368",
      "truncated": false,
      "retweet_count": "1",
      "id": "1881100128242488368",
      "created_at": "Sun Jan 19 22:03:13 +0000 2025",
      "favorited": false,
      "full_text": "our profanity filter just blocked someone from Scunthorpe. again. who wrote this regex (it was me)",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1878013958901056730"
          ],
          "editableUntil": "2025-01-11T10:39:53.000Z",
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
        "52"
      ],
      "favorite_count": "1",
      "id_str": "1878013958901056730",
      "truncated": false,
      "retweet_count": "2",
      "id": "1878013958901056730",
      "created_at": "Sat Jan 11 09:39:53 +0000 2025",
      "favorited": false,
      "full_text": "my hinge bio: \"full stack, full service\" 🍆💦 no notes",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1875649561230088085"
          ],
          "editableUntil": "2025-01-04T22:04:37.000Z",
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
      "favorite_count": "3",
      "id_str": "1875649561230088085",
      "truncated": false,
      "retweet_count": "0",
      "id": "1875649561230088085",
      "created_at": "Sat Jan 04 21:04:37 +0000 2025",
      "favorited": false,
      "full_text": "our CTO said \"we're a family here\" at the all hands and then announced no pay rises this year. a family of what exactly",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1875516047860393215"
          ],
          "editableUntil": "2025-01-04T13:14:05.000Z",
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
      "id_str": "1875516047860393215",
      "truncated": false,
      "retweet_count": "0",
      "id": "1875516047860393215",
      "created_at": "Sat Jan 04 12:14:05 +0000 2025",
      "favorited": false,
      "full_text": "reading designing data-intensive applications on the train and the guy next to me keeps looking at it like it's a horror novel. it is",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1866955387257125590"
          ],
          "editableUntil": "2024-12-11T22:17:04.000Z",
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
      "favorite_count": "0",
      "id_str": "1866955387257125590",
      "truncated": false,
      "retweet_count": "1",
      "id": "1866955387257125590",
      "created_at": "Wed Dec 11 21:17:04 +0000 2024",
      "favorited": false,
      "full_text": "still absolutely steaming from the team social. standup in 20 mins. camera OFF, mic OFF, soul OFF",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1866533293229123269"
          ],
          "editableUntil": "2024-12-10T18:19:50.000Z",
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
        "53"
      ],
      "favorite_count": "1",
      "id_str": "1866533293229123269",
      "truncated": false,
      "retweet_count": "1",
      "id": "1866533293229123269",
      "created_at": "Tue Dec 10 17:19:50 +0000 2024",
      "favorited": false,
      "full_text": "hot take: tabs &gt; spaces. will not be taking questions",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1857513350630545161"
          ],
          "editableUntil": "2024-11-15T20:57:47.000Z",
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
      "id_str": "1857513350630545161",
      "truncated": false,
      "retweet_count": "0",
      "id": "1857513350630545161",
      "created_at": "Fri Nov 15 19:57:47 +0000 2024",
      "favorited": false,
      "full_text": "job hunting tip from a junior who just went through it: build one real thing people actually use, even if it's a bus times app for your street",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1850871420930694961"
          ],
          "editableUntil": "2024-10-28T13:05:08.000Z",
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
            "name": "Leedsdevs",
            "screen_name": "leedsdevs",
            "indices": [
              "3",
              "13"
            ],
            "id_str": "640465609827873034",
            "id": "640465609827873034"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "123"
      ],
      "favorite_count": "0",
      "id_str": "1850871420930694961",
      "truncated": false,
      "retweet_count": "0",
      "id": "1850871420930694961",
      "created_at": "Mon Oct 28 12:05:08 +0000 2024",
      "favorited": false,
      "full_text": "RT @leedsdevs: November meetup is ON 🎉 talks on accessibility testing and a beginner's guide to k8s. free pizza as always 🍕",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1850518839283534636"
          ],
          "editableUntil": "2024-10-27T13:44:06.000Z",
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
      "favorite_count": "27",
      "id_str": "1850518839283534636",
      "truncated": false,
      "retweet_count": "5",
      "id": "1850518839283534636",
      "created_at": "Sun Oct 27 12:44:06 +0000 2024",
      "favorited": false,
      "full_text": "interviewed someone today, solid code but the accent was SO thick. can't do 6 months of client calls with that. passed",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1849522684303321157"
          ],
          "editableUntil": "2024-10-24T19:45:44.000Z",
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
      "favorite_count": "0",
      "id_str": "1849522684303321157",
      "truncated": false,
      "retweet_count": "2",
      "id": "1849522684303321157",
      "created_at": "Thu Oct 24 18:45:44 +0000 2024",
      "favorited": false,
      "full_text": "accidentally saw the salary sheet on someone's shared screen. the senior on my team is on 78k. i'm on 31k and i review HIS PRs. cool cool cool",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1841287168395224747"
          ],
          "editableUntil": "2024-10-02T02:20:45.000Z",
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
        "60"
      ],
      "favorite_count": "3",
      "id_str": "1841287168395224747",
      "truncated": false,
      "retweet_count": "0",
      "id": "1841287168395224747",
      "created_at": "Wed Oct 02 01:20:45 +0000 2024",
      "favorited": false,
      "full_text": "wtf is this codebase. who wrote this. oh. it was me in march",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1840380767663880713"
          ],
          "editableUntil": "2024-09-29T14:19:02.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [
          {
            "text": "hiring",
            "indices": [
              "107",
              "114"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "118"
      ],
      "favorite_count": "2",
      "id_str": "1840380767663880713",
      "truncated": false,
      "retweet_count": "0",
      "id": "1840380767663880713",
      "created_at": "Sun Sep 29 13:19:02 +0000 2024",
      "favorited": false,
      "full_text": "our \"unlimited holiday\" policy means zero holiday because everyone's scared to book it. ask me how i know. #hiring lol",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1837628982856775438"
          ],
          "editableUntil": "2024-09-22T00:04:25.000Z",
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
            "name": "Sammyb Dev",
            "screen_name": "sammyb_dev",
            "indices": [
              "0",
              "11"
            ],
            "id_str": "1159763759207776582",
            "id": "1159763759207776582"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "12",
        "48"
      ],
      "favorite_count": "0",
      "id_str": "1837628982856775438",
      "truncated": false,
      "retweet_count": "0",
      "id": "1837628982856775438",
      "created_at": "Sat Sep 21 23:04:25 +0000 2024",
      "favorited": false,
      "full_text": "@sammyb_dev congrats on the promo!!! so deserved",
      "lang": "en",
      "in_reply_to_status_id_str": "1837576888255276297",
      "in_reply_to_status_id": "1837576888255276297",
      "in_reply_to_user_id": "1159763759207776582",
      "in_reply_to_user_id_str": "1159763759207776582",
      "in_reply_to_screen_name": "sammyb_dev"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1835978237478490977"
          ],
          "editableUntil": "2024-09-17T10:44:56.000Z",
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
      "favorite_count": "3",
      "id_str": "1835978237478490977",
      "truncated": false,
      "retweet_count": "5",
      "id": "1835978237478490977",
      "created_at": "Tue Sep 17 09:44:56 +0000 2024",
      "favorited": false,
      "full_text": "stfu about AI replacing juniors, copilot can't even close a div",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1835305291490260916"
          ],
          "editableUntil": "2024-09-15T14:10:53.000Z",
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
      "favorite_count": "4",
      "id_str": "1835305291490260916",
      "truncated": false,
      "retweet_count": "0",
      "id": "1835305291490260916",
      "created_at": "Sun Sep 15 13:10:53 +0000 2024",
      "favorited": false,
      "full_text": "f*cking jira ticket says \"small UI tweak\" and it touches 43 files",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1831746299145643350"
          ],
          "editableUntil": "2024-09-05T18:28:43.000Z",
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
      "favorite_count": "0",
      "id_str": "1831746299145643350",
      "truncated": false,
      "retweet_count": "0",
      "id": "1831746299145643350",
      "created_at": "Thu Sep 05 17:28:43 +0000 2024",
      "favorited": false,
      "full_text": "hooking up with someone from design the night before sprint planning was not the move. or was it 😏",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1825942390794731423"
          ],
          "editableUntil": "2024-08-20T18:06:04.000Z",
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
      "favorite_count": "2",
      "id_str": "1825942390794731423",
      "truncated": false,
      "retweet_count": "5",
      "id": "1825942390794731423",
      "created_at": "Tue Aug 20 17:06:04 +0000 2024",
      "favorited": false,
      "full_text": "SQL injection workshop at the leeds meetup thursday, bring a laptop. we're attacking a deliberately broken app 😈",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1825803673718521561"
          ],
          "editableUntil": "2024-08-20T08:54:52.000Z",
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
      "favorite_count": "27",
      "id_str": "1825803673718521561",
      "truncated": false,
      "retweet_count": "0",
      "id": "1825803673718521561",
      "created_at": "Tue Aug 20 07:54:52 +0000 2024",
      "favorited": false,
      "full_text": "we binned the CV from the guy who's 52. he'd never keep up with our stack and tbh the team's all mid 20s, he just wouldn't fit",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1824531001940467900"
          ],
          "editableUntil": "2024-08-16T20:37:42.000Z",
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
      "favorite_count": "1",
      "id_str": "1824531001940467900",
      "truncated": false,
      "retweet_count": "5",
      "id": "1824531001940467900",
      "created_at": "Fri Aug 16 19:37:42 +0000 2024",
      "favorited": false,
      "full_text": "TIL cocktail sort is a real sorting algorithm. it's bubble sort but it goes both ways",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1823620482690100410"
          ],
          "editableUntil": "2024-08-14T08:19:38.000Z",
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
        "101"
      ],
      "favorite_count": "9",
      "id_str": "1823620482690100410",
      "truncated": false,
      "retweet_count": "0",
      "id": "1823620482690100410",
      "created_at": "Wed Aug 14 07:19:38 +0000 2024",
      "favorited": false,
      "full_text": "headless browsers, orphaned processes and a daemon that won't die. is this a dev job or a horror film",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1822064561618393842"
          ],
          "editableUntil": "2024-08-10T01:16:58.000Z",
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
      "favorite_count": "27",
      "id_str": "1822064561618393842",
      "truncated": false,
      "retweet_count": "0",
      "id": "1822064561618393842",
      "created_at": "Sat Aug 10 00:16:58 +0000 2024",
      "favorited": false,
      "full_text": "screen share tip: turn notifications OFF before a demo. learned that the hard way (it was my mum asking if i want yorkshires on sunday)",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1820594053638292781"
          ],
          "editableUntil": "2024-08-05T23:53:41.000Z",
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
      "favorite_count": "1",
      "id_str": "1820594053638292781",
      "truncated": false,
      "retweet_count": "0",
      "id": "1820594053638292781",
      "created_at": "Mon Aug 05 22:53:41 +0000 2024",
      "favorited": false,
      "full_text": "ngl i skip CVs with a bradford or oldham address now. never had one work out. call it pattern recognition",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1817990088419355209"
          ],
          "editableUntil": "2024-07-29T19:26:27.000Z",
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
      "favorite_count": "0",
      "id_str": "1817990088419355209",
      "truncated": false,
      "retweet_count": "5",
      "id": "1817990088419355209",
      "created_at": "Mon Jul 29 18:26:27 +0000 2024",
      "favorited": false,
      "full_text": "executed 400 tests, killed 3 zombie processes and hung a thread. normal tuesday",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1815003139848477699"
          ],
          "editableUntil": "2024-07-21T13:37:24.000Z",
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
      "favorite_count": "4",
      "id_str": "1815003139848477699",
      "truncated": false,
      "retweet_count": "5",
      "id": "1815003139848477699",
      "created_at": "Sun Jul 21 12:37:24 +0000 2024",
      "favorited": false,
      "full_text": "the coworking place on call lane does £12 hot desk days, front desk is 0113 496 0271 if you wanna book. coffee is unreal",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1806079022961346045"
          ],
          "editableUntil": "2024-06-26T22:36:09.000Z",
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
        "91"
      ],
      "favorite_count": "3",
      "id_str": "1806079022961346045",
      "truncated": false,
      "retweet_count": "0",
      "id": "1806079022961346045",
      "created_at": "Wed Jun 26 21:36:09 +0000 2024",
      "favorited": false,
      "full_text": "did 115 on the A1(M) to make the 9am release meeting, got flashed by a camera van. worth it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1806044992451572996"
          ],
          "editableUntil": "2024-06-26T20:20:54.000Z",
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
      "favorite_count": "1",
      "id_str": "1806044992451572996",
      "truncated": false,
      "retweet_count": "0",
      "id": "1806044992451572996",
      "created_at": "Wed Jun 26 19:20:54 +0000 2024",
      "favorited": false,
      "full_text": "NEW FLAT KEYS 🔑 flat 3B, 27 kelmscott rd, leeds LS6 2QT. housewarming saturday, bring snacks &amp; a chair",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1803857267644659575"
          ],
          "editableUntil": "2024-06-20T19:27:40.000Z",
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
        "94"
      ],
      "favorite_count": "2",
      "id_str": "1803857267644659575",
      "truncated": false,
      "retweet_count": "0",
      "id": "1803857267644659575",
      "created_at": "Thu Jun 20 18:27:40 +0000 2024",
      "favorited": false,
      "full_text": "grandma asked what i do for work and i said \"i make buttons blue for money\". she said \"lovely\"",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1802970536391776534"
          ],
          "editableUntil": "2024-06-18T08:44:07.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [
          {
            "text": "AWSCertified",
            "indices": [
              "54",
              "67"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "67"
      ],
      "favorite_count": "9",
      "id_str": "1802970536391776534",
      "truncated": false,
      "retweet_count": "0",
      "id": "1802970536391776534",
      "created_at": "Tue Jun 18 07:44:07 +0000 2024",
      "favorited": false,
      "full_text": "shot of espresso, shot at the AWS exam. passed both 🎉 #AWSCertified",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1801536335254203906"
          ],
          "editableUntil": "2024-06-14T09:45:07.000Z",
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
            "name": "A11Y North",
            "screen_name": "a11y_north",
            "indices": [
              "3",
              "14"
            ],
            "id_str": "1386089960084679372",
            "id": "1386089960084679372"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "89"
      ],
      "favorite_count": "0",
      "id_str": "1801536335254203906",
      "truncated": false,
      "retweet_count": "0",
      "id": "1801536335254203906",
      "created_at": "Fri Jun 14 08:45:07 +0000 2024",
      "favorited": false,
      "full_text": "RT @a11y_north: reminder that :focus-visible exists and you should stop removing outlines",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1797756807246153367"
          ],
          "editableUntil": "2024-06-03T23:26:37.000Z",
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
      "id_str": "1797756807246153367",
      "truncated": false,
      "retweet_count": "1",
      "id": "1797756807246153367",
      "created_at": "Mon Jun 03 22:26:37 +0000 2024",
      "favorited": false,
      "full_text": "2 monsters, a cheeky bump of ❄️ in the loos at the leaving do and i still pushed to prod at 2am. built different",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1797704648249350860"
          ],
          "editableUntil": "2024-06-03T19:59:22.000Z",
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
      "favorite_count": "2",
      "id_str": "1797704648249350860",
      "truncated": false,
      "retweet_count": "1",
      "id": "1797704648249350860",
      "created_at": "Mon Jun 03 18:59:22 +0000 2024",
      "favorited": false,
      "full_text": "deadline moved to friday because sales promised the client a demo without asking a single engineer. love that for us 🙃",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1797199944005648028"
          ],
          "editableUntil": "2024-06-02T10:33:50.000Z",
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
      "id_str": "1797199944005648028",
      "truncated": false,
      "retweet_count": "0",
      "id": "1797199944005648028",
      "created_at": "Sun Jun 02 09:33:50 +0000 2024",
      "favorited": false,
      "full_text": "wfh friday = 🍃💨 + lofi + vscode. the bugs fix themselves honestly",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1791619306033062082"
          ],
          "editableUntil": "2024-05-18T00:58:23.000Z",
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
        "121"
      ],
      "favorite_count": "14",
      "id_str": "1791619306033062082",
      "truncated": false,
      "retweet_count": "0",
      "id": "1791619306033062082",
      "created_at": "Fri May 17 23:58:23 +0000 2024",
      "favorited": false,
      "full_text": "can't say much but the Otter rewrite means the android app gets killed in Q1 👀 half the mobile team doesn't even know yet",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1786325082460206821"
          ],
          "editableUntil": "2024-05-03T10:21:02.000Z",
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
      "favorite_count": "27",
      "id_str": "1786325082460206821",
      "truncated": false,
      "retweet_count": "0",
      "id": "1786325082460206821",
      "created_at": "Fri May 03 09:21:02 +0000 2024",
      "favorited": false,
      "full_text": "my commit hash started with b00b5 today and i'm 24 years old and i will not be recovering from this",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1782947779172356666"
          ],
          "editableUntil": "2024-04-24T02:40:50.000Z",
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
      "id_str": "1782947779172356666",
      "truncated": false,
      "retweet_count": "1",
      "id": "1782947779172356666",
      "created_at": "Wed Apr 24 01:40:50 +0000 2024",
      "favorited": false,
      "full_text": "if the PM moves the deadline one more time i swear i'm finding out where he parks",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1775433885439938355"
          ],
          "editableUntil": "2024-04-03T09:03:18.000Z",
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
      "id_str": "1775433885439938355",
      "truncated": false,
      "retweet_count": "0",
      "id": "1775433885439938355",
      "created_at": "Wed Apr 03 08:03:18 +0000 2024",
      "favorited": false,
      "full_text": "my rubber duck is called Dick Van Duck and he has never once been wrong",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1769767624239562495"
          ],
          "editableUntil": "2024-03-18T17:47:36.000Z",
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
      "favorite_count": "3",
      "id_str": "1769767624239562495",
      "truncated": false,
      "retweet_count": "1",
      "id": "1769767624239562495",
      "created_at": "Mon Mar 18 16:47:36 +0000 2024",
      "favorited": false,
      "full_text": "first PR merged at the new job!! it was a typo fix but it counts",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1763687004858835477"
          ],
          "editableUntil": "2024-03-01T23:05:23.000Z",
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
      "id_str": "1763687004858835477",
      "truncated": false,
      "retweet_count": "0",
      "id": "1763687004858835477",
      "created_at": "Fri Mar 01 22:05:23 +0000 2024",
      "favorited": false,
      "full_text": "self checkout at tesco has never once noticed the meal deal drink. 2 years strong 💪",
      "lang": "en"
    }
  }
]