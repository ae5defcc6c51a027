window.YTD.tweets.part0 = [
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1971907764604178205"
          ],
          "editableUntil": "2025-09-27T13:00:22.314Z",
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
      "favorite_count": "41",
      "id_str": "1971907764604178205",
      "truncated": false,
      "retweet_count": "1",
      "id": "1971907764604178205",
      "created_at": "Sat Sep 27 12:00:22 +0000 2025",
      "favorited": false,
      "full_text": "made beer-battered fish for tea and didn't burn the kitchen down. QA approved 🐟",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1970254397498033450"
          ],
          "editableUntil": "2025-09-22T23:30:28.286Z",
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
        "75"
      ],
      "favorite_count": "7",
      "id_str": "1970254397498033450",
      "truncated": false,
      "retweet_count": "1",
      "id": "1970254397498033450",
      "created_at": "Mon Sep 22 22:30:28 +0000 2025",
      "favorited": false,
      "full_text": "did 110 on the M62 to make 9am standup. standup was cancelled. worth it tbh",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1963577062772235703"
          ],
          "editableUntil": "2025-09-04T13:17:07.063Z",
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
      "favorite_count": "7",
      "id_str": "1963577062772235703",
      "truncated": false,
      "retweet_count": "0",
      "id": "1963577062772235703",
      "created_at": "Thu Sep 04 12:17:07 +0000 2025",
      "favorited": false,
      "full_text": "blacklist → blocklist, whitelist → allowlist, master → main. PR merged. only took 3 hours because of 900 snapshot files lol",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1961936585324705560"
          ],
          "editableUntil": "2025-08-31T00:38:27.056Z",
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
        "86"
      ],
      "favorite_count": "0",
      "id_str": "1961936585324705560",
      "truncated": false,
      "retweet_count": "0",
      "id": "1961936585324705560",
      "created_at": "Sat Aug 30 23:38:27 +0000 2025",
      "favorited": false,
      "full_text": "KEYS!!! Flat 3, 27 Brackenwood Row, LS6 4QD is officially tester HQ. parcels welcome 📦",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1960259407653629264"
          ],
          "editableUntil": "2025-08-26T09:33:57.287Z",
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
        "126"
      ],
      "favorite_count": "5",
      "id_str": "1960259407653629264",
      "truncated": false,
      "retweet_count": "3",
      "id": "1960259407653629264",
      "created_at": "Tue Aug 26 08:33:57 +0000 2025",
      "favorited": false,
      "full_text": "doing regression on a monday after a weekend like that should be illegal. still smell of sambuca. eyes bleeding. send Lucozade",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1959335370494083941"
          ],
          "editableUntil": "2025-08-23T20:22:09.072Z",
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
      "favorite_count": "2",
      "id_str": "1959335370494083941",
      "truncated": false,
      "retweet_count": "0",
      "id": "1959335370494083941",
      "created_at": "Sat Aug 23 19:22:09 +0000 2025",
      "favorited": false,
      "full_text": "paired with a junior today and she found a bug I'd missed in about 2 minutes. love to see it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1954311074759398289"
          ],
          "editableUntil": "2025-08-09T23:37:24.391Z",
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
        "115"
      ],
      "favorite_count": "7",
      "id_str": "1954311074759398289",
      "truncated": false,
      "retweet_count": "0",
      "id": "1954311074759398289",
      "created_at": "Sat Aug 09 22:37:24 +0000 2025",
      "favorited": false,
      "full_text": "v5.2 is out and the release name is finally public so I can say it: 'Tequila Sunrise'. it was my pick. no regrets 🌅",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1947231804709123327"
          ],
          "editableUntil": "2025-07-21T10:46:54.291Z",
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
      "favorite_count": "4",
      "id_str": "1947231804709123327",
      "truncated": false,
      "retweet_count": "0",
      "id": "1947231804709123327",
      "created_at": "Mon Jul 21 09:46:54 +0000 2025",
      "favorited": false,
      "full_text": "bloke cut me up on the A64 so I followed him to the next lights and booted his wing mirror off. more satisfying than closing a P1",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1940019130055249413"
          ],
          "editableUntil": "2025-07-01T13:06:19.713Z",
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
        "35"
      ],
      "favorite_count": "12",
      "id_str": "1940019130055249413",
      "truncated": false,
      "retweet_count": "2",
      "id": "1940019130055249413",
      "created_at": "Tue Jul 01 12:06:19 +0000 2025",
      "favorited": false,
      "full_text": "kill -9 fixed it. as it always does",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1936854120992881720"
          ],
          "editableUntil": "2025-06-22T19:29:42.059Z",
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
            "name": "Dan 🚀",
            "screen_name": "devopsdan_",
            "indices": [
              "0",
              "11"
            ],
            "id_str": "723221650108656737",
            "id": "723221650108656737"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "12",
        "124"
      ],
      "favorite_count": "12",
      "in_reply_to_status_id_str": "1936836254057198886",
      "in_reply_to_status_id": "1936836254057198886",
      "in_reply_to_user_id": "723221650108656737",
      "in_reply_to_user_id_str": "723221650108656737",
      "in_reply_to_screen_name": "devopsdan_",
      "id_str": "1936854120992881720",
      "truncated": false,
      "retweet_count": "1",
      "id": "1936854120992881720",
      "created_at": "Sun Jun 22 18:29:42 +0000 2025",
      "favorited": false,
      "full_text": "@devopsdan_ our release manager couldn't find the rollback button with a map, a torch and a senior engineer holding his hand",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1928870191299998905"
          ],
          "editableUntil": "2025-05-31T18:44:24.344Z",
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
            "name": "Testing Things",
            "screen_name": "testingthings_",
            "indices": [
              "3",
              "18"
            ],
            "id_str": "315707591660821949",
            "id": "315707591660821949"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "92"
      ],
      "favorite_count": "0",
      "id_str": "1928870191299998905",
      "truncated": false,
      "retweet_count": "78",
      "id": "1928870191299998905",
      "created_at": "Sat May 31 17:44:24 +0000 2025",
      "favorited": false,
      "full_text": "RT @testingthings_: does anyone actually enjoy writing Gherkin or are we all just pretending",
      "lang": "en",
      "possibly_sensitive": false
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1926940830839393696"
          ],
          "editableUntil": "2025-05-26T10:57:49.952Z",
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
        "103"
      ],
      "favorite_count": "7",
      "id_str": "1926940830839393696",
      "truncated": false,
      "retweet_count": "0",
      "id": "1926940830839393696",
      "created_at": "Mon May 26 09:57:49 +0000 2025",
      "favorited": false,
      "full_text": "CTO in the all-hands just called testing 'a nice-to-have'. mate you are a nice-to-have. sh*t for brains",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1922949714814110651"
          ],
          "editableUntil": "2025-05-15T10:38:33.655Z",
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
      "favorite_count": "5",
      "id_str": "1922949714814110651",
      "truncated": false,
      "retweet_count": "0",
      "id": "1922949714814110651",
      "created_at": "Thu May 15 09:38:33 +0000 2025",
      "favorited": false,
      "full_text": "spent the day abusing the API: fuzzing every endpoint with garbage &amp; nonsense. 3 crashes, 1 memory leak. good haul",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1922917581150982918"
          ],
          "editableUntil": "2025-05-15T08:30:52.434Z",
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
      "id_str": "1922917581150982918",
      "truncated": false,
      "retweet_count": "0",
      "id": "1922917581150982918",
      "created_at": "Thu May 15 07:30:52 +0000 2025",
      "favorited": false,
      "full_text": "3 blue tits on the feeder during standup this morning. best standup of the year",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1918661189264050271"
          ],
          "editableUntil": "2025-05-03T14:37:29.064Z",
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
      "favorite_count": "7",
      "id_str": "1918661189264050271",
      "truncated": false,
      "retweet_count": "5",
      "id": "1918661189264050271",
      "created_at": "Sat May 03 13:37:29 +0000 2025",
      "favorited": false,
      "full_text": "someone set the restructure folder on the shared drive to 'anyone in the org'. QA is on the list. of course QA is on the list 🙃",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1910593274260992650"
          ],
          "editableUntil": "2025-04-11T08:18:28.810Z",
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
      "favorite_count": "7",
      "id_str": "1910593274260992650",
      "truncated": false,
      "retweet_count": "5",
      "id": "1910593274260992650",
      "created_at": "Fri Apr 11 07:18:28 +0000 2025",
      "favorited": false,
      "full_text": "dead link checker found 212 dead links on my old blog. RIP 2016 me",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1909687730601702728"
          ],
          "editableUntil": "2025-04-08T20:20:09.307Z",
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
        "148"
      ],
      "favorite_count": "18",
      "id_str": "1909687730601702728",
      "truncated": false,
      "retweet_count": "1",
      "id": "1909687730601702728",
      "created_at": "Tue Apr 08 19:20:09 +0000 2025",
      "favorited": false,
      "full_text": "cant say which bank but the app build I've been testing stores the session token in plain text in the logs and launch is on the 14th. cool cool cool",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1899442799061488028"
          ],
          "editableUntil": "2025-03-11T13:50:27.985Z",
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
      "favorite_count": "7",
      "id_str": "1899442799061488028",
      "truncated": false,
      "retweet_count": "0",
      "id": "1899442799061488028",
      "created_at": "Tue Mar 11 12:50:27 +0000 2025",
      "favorited": false,
      "full_text": "who the f*ck ships a login page that 500s when the password has an apostrophe in it. its 2025 lads",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1894295258358449828"
          ],
          "editableUntil": "2025-02-25T08:55:58.071Z",
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
      "favorite_count": "0",
      "id_str": "1894295258358449828",
      "truncated": false,
      "retweet_count": "1",
      "id": "1894295258358449828",
      "created_at": "Tue Feb 25 07:55:58 +0000 2025",
      "favorited": false,
      "full_text": "feature flag in staging called pay_in_3_launch_march and honestly it's good?? can't wait for marketing to rename it something awful",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1893357258512227330"
          ],
          "editableUntil": "2025-02-22T18:48:41.283Z",
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
      "favorite_count": "2",
      "id_str": "1893357258512227330",
      "truncated": false,
      "retweet_count": "1",
      "id": "1893357258512227330",
      "created_at": "Sat Feb 22 17:48:41 +0000 2025",
      "favorited": false,
      "full_text": "new dev's accent is so thick I just nod along in standup and raise a ticket after. can we hire people I can understand pls",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1892687307264460953"
          ],
          "editableUntil": "2025-02-20T22:26:33.377Z",
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
      "favorite_count": "2",
      "id_str": "1892687307264460953",
      "truncated": false,
      "retweet_count": "1",
      "id": "1892687307264460953",
      "created_at": "Thu Feb 20 21:26:33 +0000 2025",
      "favorited": false,
      "full_text": "if whoever wrote this regex ever reveals themselves I'll be waiting in the car park. bring a helmet",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1889941195553577065"
          ],
          "editableUntil": "2025-02-13T08:34:29.755Z",
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
      "favorite_count": "25",
      "id_str": "1889941195553577065",
      "truncated": false,
      "retweet_count": "0",
      "id": "1889941195553577065",
      "created_at": "Thu Feb 13 07:34:29 +0000 2025",
      "favorited": false,
      "full_text": "flight BA1347 delayed 2 hours so I'm writing test cases on my phone at the gate like a maniac",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1875519805861886468"
          ],
          "editableUntil": "2025-01-04T13:29:01.566Z",
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
      "id_str": "1875519805861886468",
      "truncated": false,
      "retweet_count": "0",
      "id": "1875519805861886468",
      "created_at": "Sat Jan 04 12:29:01 +0000 2025",
      "favorited": false,
      "full_text": "release went out 11pm &amp; by 11:40 I was 4 pints deep. testing the hotfix at 1am absolutely steaming. if prod dies tonight that's on me 🍻",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1873872617149537757"
          ],
          "editableUntil": "2024-12-31T00:23:41.985Z",
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
        "49"
      ],
      "favorite_count": "9",
      "id_str": "1873872617149537757",
      "truncated": false,
      "retweet_count": "0",
      "id": "1873872617149537757",
      "created_at": "Mon Dec 30 23:23:41 +0000 2024",
      "favorited": false,
      "full_text": "Leeds, why do you do this to me every single week",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1870063414790065356"
          ],
          "editableUntil": "2024-12-20T12:07:16.638Z",
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
      "favorite_count": "5",
      "id_str": "1870063414790065356",
      "truncated": false,
      "retweet_count": "2",
      "id": "1870063414790065356",
      "created_at": "Fri Dec 20 11:07:16 +0000 2024",
      "favorited": false,
      "full_text": "drove home from the xmas do. don't remember the big roundabout. car's fine. mostly.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1866580342182078394"
          ],
          "editableUntil": "2024-12-10T21:26:47.164Z",
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
      "id_str": "1866580342182078394",
      "truncated": false,
      "retweet_count": "1",
      "id": "1866580342182078394",
      "created_at": "Tue Dec 10 20:26:47 +0000 2024",
      "favorited": false,
      "full_text": "smoke tests passing. will weed out the flaky ones tomorrow",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1865101152244562279"
          ],
          "editableUntil": "2024-12-06T19:29:01.916Z",
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
      "favorite_count": "18",
      "id_str": "1865101152244562279",
      "truncated": false,
      "retweet_count": "1",
      "id": "1865101152244562279",
      "created_at": "Fri Dec 06 18:29:01 +0000 2024",
      "favorited": false,
      "full_text": "lads on the 19 bus thought it was funny to film me. one of them won't be filming anything for a bit 👊",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1863576873042718436"
          ],
          "editableUntil": "2024-12-02T14:32:04.006Z",
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
      "favorite_count": "9",
      "id_str": "1863576873042718436",
      "truncated": false,
      "retweet_count": "1",
      "id": "1863576873042718436",
      "created_at": "Mon Dec 02 13:32:04 +0000 2024",
      "favorited": false,
      "full_text": "date went so well she stayed for standup 😏 camera off obviously. very much off 🍆",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1861044243826646394"
          ],
          "editableUntil": "2024-11-25T14:48:18.356Z",
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
      "favorite_count": "41",
      "id_str": "1861044243826646394",
      "truncated": false,
      "retweet_count": "1",
      "id": "1861044243826646394",
      "created_at": "Mon Nov 25 13:48:18 +0000 2024",
      "favorited": false,
      "full_text": "first ever conference talk accepted!!! 'Testing the untestable' at a meetup in Manchester, March. terrified",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1860424618960073164"
          ],
          "editableUntil": "2024-11-23T21:46:08.571Z",
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
        "77"
      ],
      "favorite_count": "5",
      "id_str": "1860424618960073164",
      "truncated": false,
      "retweet_count": "0",
      "id": "1860424618960073164",
      "created_at": "Sat Nov 23 20:46:08 +0000 2024",
      "favorited": false,
      "full_text": "4 hours on one flaky test. it was a timezone. it is ALWAYS a f**king timezone",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1858045950414027286"
          ],
          "editableUntil": "2024-11-17T08:14:10.569Z",
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
      "favorite_count": "0",
      "id_str": "1858045950414027286",
      "truncated": false,
      "retweet_count": "0",
      "id": "1858045950414027286",
      "created_at": "Sun Nov 17 07:14:10 +0000 2024",
      "favorited": false,
      "full_text": "edible kicked in halfway through the sprint retro and honestly best retro we've ever had 🍃🍃",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1856817352694065301"
          ],
          "editableUntil": "2024-11-13T22:52:09.522Z",
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
      "id_str": "1856817352694065301",
      "truncated": false,
      "retweet_count": "0",
      "id": "1856817352694065301",
      "created_at": "Wed Nov 13 21:52:09 +0000 2024",
      "favorited": false,
      "full_text": "new keyboard arrived. very clicky. flatmate already hates me",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1856088466839386677"
          ],
          "editableUntil": "2024-11-11T22:35:49.416Z",
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
      "favorite_count": "2",
      "id_str": "1856088466839386677",
      "truncated": false,
      "retweet_count": "0",
      "id": "1856088466839386677",
      "created_at": "Mon Nov 11 21:35:49 +0000 2024",
      "favorited": false,
      "full_text": "dev closed my ticket as 'works on my machine' for the 3rd time this sprint. great, we'll ship your machine to the customer then",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1853157180917366052"
          ],
          "editableUntil": "2024-11-03T20:27:56.367Z",
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
      "favorite_count": "3",
      "id_str": "1853157180917366052",
      "truncated": false,
      "retweet_count": "0",
      "id": "1853157180917366052",
      "created_at": "Sun Nov 03 19:27:56 +0000 2024",
      "favorited": false,
      "full_text": "bug bash was a massacre. 63 bugs in 2 hours, pizza &gt; sleep 🍕",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1852692029021337801"
          ],
          "editableUntil": "2024-11-02T13:39:35.277Z",
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
      "favorite_count": "9",
      "id_str": "1852692029021337801",
      "truncated": false,
      "retweet_count": "1",
      "id": "1852692029021337801",
      "created_at": "Sat Nov 02 12:39:35 +0000 2024",
      "favorited": false,
      "full_text": "not being funny but every offshore tester we've had writes bug reports like a ransom note. hire local ffs",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1851767342955956169"
          ],
          "editableUntil": "2024-10-31T00:25:13.938Z",
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
      "favorite_count": "0",
      "id_str": "1851767342955956169",
      "truncated": false,
      "retweet_count": "2",
      "id": "1851767342955956169",
      "created_at": "Wed Oct 30 23:25:13 +0000 2024",
      "favorited": false,
      "full_text": "lmfao the PO just asked if we can 'add the quality in at the end'",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1851012546372285167"
          ],
          "editableUntil": "2024-10-28T22:25:55.118Z",
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
            "name": "QA Memes",
            "screen_name": "qa_memes_daily",
            "indices": [
              "3",
              "18"
            ],
            "id_str": "762064023252347767",
            "id": "762064023252347767"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "101"
      ],
      "favorite_count": "0",
      "id_str": "1851012546372285167",
      "truncated": false,
      "retweet_count": "562",
      "id": "1851012546372285167",
      "created_at": "Mon Oct 28 21:25:55 +0000 2024",
      "favorited": false,
      "full_text": "RT @qa_memes_daily: our profanity filter just rejected a signup from Scunthorpe. a classic never dies",
      "lang": "en",
      "possibly_sensitive": false
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1848419285748633912"
          ],
          "editableUntil": "2024-10-21T18:41:14.608Z",
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
        "82"
      ],
      "favorite_count": "41",
      "id_str": "1848419285748633912",
      "truncated": false,
      "retweet_count": "0",
      "id": "1848419285748633912",
      "created_at": "Mon Oct 21 17:41:14 +0000 2024",
      "favorited": false,
      "full_text": "3 years at this place today. still finding bugs in the first feature I ever tested",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1845169971820310809"
          ],
          "editableUntil": "2024-10-12T19:29:37.776Z",
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
      "favorite_count": "5",
      "id_str": "1845169971820310809",
      "truncated": false,
      "retweet_count": "0",
      "id": "1845169971820310809",
      "created_at": "Sat Oct 12 18:29:37 +0000 2024",
      "favorited": false,
      "full_text": "nothing gets me going like a green test run. well. almost nothing 🍑💦",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1838145126792236946"
          ],
          "editableUntil": "2024-09-23T10:15:23.840Z",
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
      "favorite_count": "2",
      "id_str": "1838145126792236946",
      "truncated": false,
      "retweet_count": "0",
      "id": "1838145126792236946",
      "created_at": "Mon Sep 23 09:15:23 +0000 2024",
      "favorited": false,
      "full_text": "love how management announced 'quality is everyone's responsibility' the same week they cut QA from 6 people to 2. very inspiring. very cheap.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1832826345162807675"
          ],
          "editableUntil": "2024-09-08T18:00:27.659Z",
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
      "id_str": "1832826345162807675",
      "truncated": false,
      "retweet_count": "0",
      "id": "1832826345162807675",
      "created_at": "Sun Sep 08 17:00:27 +0000 2024",
      "favorited": false,
      "full_text": "if you're stuck on the login thing since the update, our support line is 0113 496 0522 (8-6 weekdays) and they're lovely",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1832156052443265750"
          ],
          "editableUntil": "2024-09-06T21:36:57.109Z",
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
      "favorite_count": "4",
      "id_str": "1832156052443265750",
      "truncated": false,
      "retweet_count": "1",
      "id": "1832156052443265750",
      "created_at": "Fri Sep 06 20:36:57 +0000 2024",
      "favorited": false,
      "full_text": "error message in our app just says 'Something went wrong.' yeah no sh!t, that's why I'm looking at it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1828582493210924658"
          ],
          "editableUntil": "2024-08-28T00:56:54.863Z",
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
        "41"
      ],
      "favorite_count": "4",
      "id_str": "1828582493210924658",
      "truncated": false,
      "retweet_count": "5",
      "id": "1828582493210924658",
      "created_at": "Tue Aug 27 23:56:54 +0000 2024",
      "favorited": false,
      "full_text": "sunday long run done. 18k. legs are jelly",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1827415759772975435"
          ],
          "editableUntil": "2024-08-24T19:40:43.575Z",
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
            "name": "Tech Recruit London",
            "screen_name": "TechRecruitLDN",
            "indices": [
              "0",
              "15"
            ],
            "id_str": "1274783289944956880",
            "id": "1274783289944956880"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "16",
        "98"
      ],
      "favorite_count": "4",
      "in_reply_to_status_id_str": "1827364422004744278",
      "in_reply_to_status_id": "1827364422004744278",
      "in_reply_to_user_id": "1274783289944956880",
      "in_reply_to_user_id_str": "1274783289944956880",
      "in_reply_to_screen_name": "TechRecruitLDN",
      "id_str": "1827415759772975435",
      "truncated": false,
      "retweet_count": "0",
      "id": "1827415759772975435",
      "created_at": "Sat Aug 24 18:40:43 +0000 2024",
      "favorited": false,
      "full_text": "@TechRecruitLDN yeah go on then, text me on 07700 900417 or drop a mail to jordan.mcb.qa@gmail.com",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1817898023133722850"
          ],
          "editableUntil": "2024-07-29T13:20:38.021Z",
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
      "favorite_count": "18",
      "id_str": "1817898023133722850",
      "truncated": false,
      "retweet_count": "5",
      "id": "1817898023133722850",
      "created_at": "Mon Jul 29 12:20:38 +0000 2024",
      "favorited": false,
      "full_text": "told the recruiter grads only. anyone over 40 just wants to write test plans in Word and argue about it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1817629073018267717"
          ],
          "editableUntil": "2024-07-28T19:31:55.382Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [
          {
            "text": "TestBash",
            "indices": [
              "109",
              "118"
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
      "favorite_count": "25",
      "id_str": "1817629073018267717",
      "truncated": false,
      "retweet_count": "3",
      "id": "1817629073018267717",
      "created_at": "Sun Jul 28 18:31:55 +0000 2024",
      "favorited": false,
      "full_text": "off to TestBash!! ✈️ LBA→AMS, seat 14C, booking ref QX7P2L. say hi at the gate if you see a knackered tester #TestBash",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1816236393931646635"
          ],
          "editableUntil": "2024-07-24T23:17:55.273Z",
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
            "name": "🌶️ spicy qa 🔞",
            "screen_name": "spicyqa_",
            "indices": [
              "3",
              "12"
            ],
            "id_str": "541667301035586665",
            "id": "541667301035586665"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "101"
      ],
      "favorite_count": "0",
      "id_str": "1816236393931646635",
      "truncated": false,
      "retweet_count": "311",
      "id": "1816236393931646635",
      "created_at": "Wed Jul 24 22:17:55 +0000 2024",
      "favorited": false,
      "full_text": "RT @spicyqa_: breaking my own paywall tonight 🔞 first 10 subs get a private walkthrough 💦 link in bio",
      "lang": "en",
      "possibly_sensitive": false
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1811305912956084998"
          ],
          "editableUntil": "2024-07-11T08:45:56.307Z",
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
      "favorite_count": "5",
      "id_str": "1811305912956084998",
      "truncated": false,
      "retweet_count": "5",
      "id": "1811305912956084998",
      "created_at": "Thu Jul 11 07:45:56 +0000 2024",
      "favorited": false,
      "full_text": "a dev named a variable isHooker in the rugby club app and I nearly raised it with HR before remembering what a hooker does in a scrum",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1809000846544798186"
          ],
          "editableUntil": "2024-07-05T00:06:26.059Z",
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
      "favorite_count": "25",
      "id_str": "1809000846544798186",
      "truncated": false,
      "retweet_count": "0",
      "id": "1809000846544798186",
      "created_at": "Thu Jul 04 23:06:26 +0000 2024",
      "favorited": false,
      "full_text": "roast at mum's &amp; the yorkshires were the size of my head",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1808978742670178733"
          ],
          "editableUntil": "2024-07-04T22:38:36.920Z",
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
            "name": "Sophie | QA",
            "screen_name": "qa_sophie",
            "indices": [
              "0",
              "10"
            ],
            "id_str": "1091849396325914958",
            "id": "1091849396325914958"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "11",
        "87"
      ],
      "favorite_count": "5",
      "in_reply_to_status_id_str": "1808932943770635677",
      "in_reply_to_status_id": "1808932943770635677",
      "in_reply_to_user_id": "1091849396325914958",
      "in_reply_to_user_id_str": "1091849396325914958",
      "in_reply_to_screen_name": "qa_sophie",
      "id_str": "1808978742670178733",
      "truncated": false,
      "retweet_count": "0",
      "id": "1808978742670178733",
      "created_at": "Thu Jul 04 21:38:36 +0000 2024",
      "favorited": false,
      "full_text": "@qa_sophie shoot me a DM and I'll send you the slides from the exploratory testing talk",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1807105883779786070"
          ],
          "editableUntil": "2024-06-29T18:36:31.723Z",
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
        "153"
      ],
      "favorite_count": "0",
      "id_str": "1807105883779786070",
      "truncated": false,
      "retweet_count": "0",
      "id": "1807105883779786070",
      "created_at": "Sat Jun 29 17:36:31 +0000 2024",
      "favorited": false,
      "full_text": "our PM told the client this morning's bug is 'a known edge case we're monitoring'. it was found at 9:40. by me. he is monitoring it from the Wetherspoons",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1793332585135718303"
          ],
          "editableUntil": "2024-05-22T18:26:21.891Z",
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
        "82"
      ],
      "favorite_count": "3",
      "id_str": "1793332585135718303",
      "truncated": false,
      "retweet_count": "5",
      "id": "1793332585135718303",
      "created_at": "Wed May 22 17:26:21 +0000 2024",
      "favorited": false,
      "full_text": "my bug reports are like my DMs. detailed, reproducible and best read after 11pm 😏🍆",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1789033594263994073"
          ],
          "editableUntil": "2024-05-10T21:43:42.710Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "MutationTesting",
            "indices": [
              "73",
              "89"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "89"
      ],
      "favorite_count": "18",
      "id_str": "1789033594263994073",
      "truncated": false,
      "retweet_count": "0",
      "id": "1789033594263994073",
      "created_at": "Fri May 10 20:43:42 +0000 2024",
      "favorited": false,
      "full_text": "killed 14 mutants today 💪 mutation score up to 87%. Stryker is addictive #MutationTesting",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1788627177350717628"
          ],
          "editableUntil": "2024-05-09T18:48:44.111Z",
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
        "125"
      ],
      "favorite_count": "7",
      "id_str": "1788627177350717628",
      "truncated": false,
      "retweet_count": "0",
      "id": "1788627177350717628",
      "created_at": "Thu May 09 17:48:44 +0000 2024",
      "favorited": false,
      "full_text": "the Sex dropdown on the signup form crashed if you picked 'Prefer not to say'. fixed, tested, shipped. inclusive forms matter",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1787250584409887728"
          ],
          "editableUntil": "2024-05-05T23:38:39.566Z",
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
        "95"
      ],
      "favorite_count": "1",
      "id_str": "1787250584409887728",
      "truncated": false,
      "retweet_count": "2",
      "id": "1787250584409887728",
      "created_at": "Sun May 05 22:38:39 +0000 2024",
      "favorited": false,
      "full_text": "rereading the Therac-25 case study. buggy software literally killed people. this is why we test",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1786864254531085809"
          ],
          "editableUntil": "2024-05-04T22:03:31.170Z",
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
      "favorite_count": "1",
      "id_str": "1786864254531085809",
      "truncated": false,
      "retweet_count": "0",
      "id": "1786864254531085809",
      "created_at": "Sat May 04 21:03:31 +0000 2024",
      "favorited": false,
      "full_text": "ran checkout with 4242 4242 4242 4242 for what must be the 10,000th time. Stripe's test card deserves a pension",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1784945309564457737"
          ],
          "editableUntil": "2024-04-29T14:58:19.682Z",
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
      "favorite_count": "25",
      "id_str": "1784945309564457737",
      "truncated": false,
      "retweet_count": "0",
      "id": "1784945309564457737",
      "created_at": "Mon Apr 29 13:58:19 +0000 2024",
      "favorited": false,
      "full_text": "test data they handed us is a straight copy of prod. just scrolled past a real customer's full name, DOB and card last 4. GDPR who?",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1784878987829308839"
          ],
          "editableUntil": "2024-04-29T10:34:46.156Z",
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
      "favorite_count": "5",
      "id_str": "1784878987829308839",
      "truncated": false,
      "retweet_count": "5",
      "id": "1784878987829308839",
      "created_at": "Mon Apr 29 09:34:46 +0000 2024",
      "favorited": false,
      "full_text": "been testing the new pricing page all week and... Pro tier goes from £29 to £49 in January. customers haven't been told. brace yourselves",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1783645045495514621"
          ],
          "editableUntil": "2024-04-26T00:51:32.199Z",
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
            "name": "Sophie | QA",
            "screen_name": "qa_sophie",
            "indices": [
              "0",
              "10"
            ],
            "id_str": "1091849396325914958",
            "id": "1091849396325914958"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "11",
        "71"
      ],
      "favorite_count": "18",
      "in_reply_to_status_id_str": "1783611323815675610",
      "in_reply_to_status_id": "1783611323815675610",
      "in_reply_to_user_id": "1091849396325914958",
      "in_reply_to_user_id_str": "1091849396325914958",
      "in_reply_to_screen_name": "qa_sophie",
      "id_str": "1783645045495514621",
      "truncated": false,
      "retweet_count": "2",
      "id": "1783645045495514621",
      "created_at": "Thu Apr 25 23:51:32 +0000 2024",
      "favorited": false,
      "full_text": "@qa_sophie learning Playwright this month, send your fave resources pls",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1783601979268663391"
          ],
          "editableUntil": "2024-04-25T22:00:24.829Z",
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
      "favorite_count": "25",
      "id_str": "1783601979268663391",
      "truncated": false,
      "retweet_count": "0",
      "id": "1783601979268663391",
      "created_at": "Thu Apr 25 21:00:24 +0000 2024",
      "favorited": false,
      "full_text": "regression run: 411 passed, 1 failed. the 1 is checkout. p95 went from &lt;300ms to 9s. fml",
      "lang": "en"
    }
  }
]