window.YTD.tweets.part0 = [
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1979668073221139468"
          ],
          "editableUntil": "2025-10-18T22:57:03.000Z",
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
        "153"
      ],
      "favorite_count": "1",
      "id_str": "1979668073221139468",
      "truncated": false,
      "retweet_count": "5",
      "id": "1979668073221139468",
      "created_at": "Sat Oct 18 21:57:03 +0000 2025",
      "favorited": false,
      "full_text": "Signed an NDA that says I can't mention the merger. Anyway, starting on a project that definitely isn't about merging two very large building societies 👀",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1976080987638560975"
          ],
          "editableUntil": "2025-10-09T01:23:15.000Z",
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
            "name": "Jonny K",
            "screen_name": "jonnyk_dev",
            "indices": [
              "3",
              "14"
            ],
            "id_str": "1183920475512340480",
            "id": "1183920475512340480"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "78"
      ],
      "favorite_count": "0",
      "id_str": "1976080987638560975",
      "truncated": false,
      "retweet_count": "3",
      "id": "1976080987638560975",
      "created_at": "Thu Oct 09 00:23:15 +0000 2025",
      "favorited": false,
      "full_text": "RT @jonnyk_dev: Reminder that 'git blame' is a command, not a management style",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1974828568752119972"
          ],
          "editableUntil": "2025-10-05T14:26:35.000Z",
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
      "favorite_count": "1",
      "id_str": "1974828568752119972",
      "truncated": false,
      "retweet_count": "2",
      "id": "1974828568752119972",
      "created_at": "Sun Oct 05 13:26:35 +0000 2025",
      "favorited": false,
      "full_text": "Having a crack at the regex nobody has touched since 2009. Wish me luck",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1974453330766801574"
          ],
          "editableUntil": "2025-10-04T13:35:32.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Jonny K",
            "screen_name": "jonnyk_dev",
            "indices": [
              "0",
              "11"
            ],
            "id_str": "1183920475512340480",
            "id": "1183920475512340480"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "12",
        "82"
      ],
      "favorite_count": "9",
      "id_str": "1974453330766801574",
      "truncated": false,
      "retweet_count": "5",
      "id": "1974453330766801574",
      "created_at": "Sat Oct 04 12:35:32 +0000 2025",
      "favorited": false,
      "full_text": "@jonnyk_dev congrats on the new role mate, coffee's on me when you're back in town",
      "lang": "en",
      "in_reply_to_status_id_str": "1973464132423723949",
      "in_reply_to_user_id": "1183920475512340480",
      "in_reply_to_status_id": "1973464132423723949",
      "in_reply_to_screen_name": "jonnyk_dev",
      "in_reply_to_user_id_str": "1183920475512340480"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1970528418596899554"
          ],
          "editableUntil": "2025-09-23T17:39:20.000Z",
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
      "favorite_count": "3",
      "id_str": "1970528418596899554",
      "truncated": false,
      "retweet_count": "2",
      "id": "1970528418596899554",
      "created_at": "Tue Sep 23 16:39:20 +0000 2025",
      "favorited": false,
      "full_text": "Binned 3 CVs for the perm role today, all of them 25+ years in. Not being funny but you can't teach an old dog terraform",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1966889097676101095"
          ],
          "editableUntil": "2025-09-13T16:37:58.000Z",
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
        "138"
      ],
      "favorite_count": "0",
      "id_str": "1966889097676101095",
      "truncated": false,
      "retweet_count": "0",
      "id": "1966889097676101095",
      "created_at": "Sat Sep 13 15:37:58 +0000 2025",
      "favorited": false,
      "full_text": "day rate went up £50 and suddenly the bank is 'reviewing all contractor spend'. Tightest tier 1 bank in the city &amp; that's saying something",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1965067915064380600"
          ],
          "editableUntil": "2025-09-08T16:01:14.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Sam | IT Contract Recruitment",
            "screen_name": "sam_recruits_it",
            "indices": [
              "0",
              "16"
            ],
            "id_str": "1422876019283746816",
            "id": "1422876019283746816"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "17",
        "102"
      ],
      "favorite_count": "1",
      "id_str": "1965067915064380600",
      "truncated": false,
      "retweet_count": "0",
      "id": "1965067915064380600",
      "created_at": "Mon Sep 08 15:01:14 +0000 2025",
      "favorited": false,
      "full_text": "@sam_recruits_it not doing InMail, just email me dan.whitlock84@gmail.com or ring 07700 900417 after 6",
      "lang": "en",
      "in_reply_to_status_id_str": "1964331158210389143",
      "in_reply_to_user_id": "1422876019283746816",
      "in_reply_to_status_id": "1964331158210389143",
      "in_reply_to_screen_name": "sam_recruits_it",
      "in_reply_to_user_id_str": "1422876019283746816"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1964588083402879787"
          ],
          "editableUntil": "2025-09-07T08:14:34.000Z",
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
      "favorite_count": "4",
      "id_str": "1964588083402879787",
      "truncated": false,
      "retweet_count": "0",
      "id": "1964588083402879787",
      "created_at": "Sun Sep 07 07:14:34 +0000 2025",
      "favorited": false,
      "full_text": "If the PM who booked go-live for Christmas Eve walks past my desk tomorrow I swear his face is going through the monitor",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1959005987123608347"
          ],
          "editableUntil": "2025-08-22T22:33:18.000Z",
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
        "168"
      ],
      "favorite_count": "14",
      "id_str": "1959005987123608347",
      "truncated": false,
      "retweet_count": "0",
      "id": "1959005987123608347",
      "created_at": "Fri Aug 22 21:33:18 +0000 2025",
      "favorited": false,
      "full_text": "PSA: text says your card's blocked? Don't click the link. Ring the number on the back of your card (Northgate Bank's published one is 0161 496 0732, it's on their site)",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1943351069471337801"
          ],
          "editableUntil": "2025-07-10T17:46:15.000Z",
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
      "favorite_count": "27",
      "id_str": "1943351069471337801",
      "truncated": false,
      "retweet_count": "0",
      "id": "1943351069471337801",
      "created_at": "Thu Jul 10 16:46:15 +0000 2025",
      "favorited": false,
      "full_text": "Turns out 'dirty read' is a database thing, not what the new grad thought it was 😂 isolation levels explained over a brew",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1941128349921861621"
          ],
          "editableUntil": "2025-07-04T14:33:57.000Z",
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
      "favorite_count": "2",
      "id_str": "1941128349921861621",
      "truncated": false,
      "retweet_count": "0",
      "id": "1941128349921861621",
      "created_at": "Fri Jul 04 13:33:57 +0000 2025",
      "favorited": false,
      "full_text": "lmfao my 6 year old just asked if I 'fix the internet' for a job",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1940163019173776293"
          ],
          "editableUntil": "2025-07-01T22:38:04.000Z",
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
      "favorite_count": "3",
      "id_str": "1940163019173776293",
      "truncated": false,
      "retweet_count": "0",
      "id": "1940163019173776293",
      "created_at": "Tue Jul 01 21:38:04 +0000 2025",
      "favorited": false,
      "full_text": "New contract starts Monday. Fresh laptop, fresh passwords, fresh hope",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1928040348069590012"
          ],
          "editableUntil": "2025-05-29T11:46:54.000Z",
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
      "favorite_count": "1",
      "id_str": "1928040348069590012",
      "truncated": false,
      "retweet_count": "2",
      "id": "1928040348069590012",
      "created_at": "Thu May 29 10:46:54 +0000 2025",
      "favorited": false,
      "full_text": "day one at a new client = drinking from the firehose. 47 Confluence pages and counting",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1920839379275213374"
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
        "68"
      ],
      "favorite_count": "4",
      "id_str": "1920839379275213374",
      "truncated": false,
      "retweet_count": "0",
      "id": "1920839379275213374",
      "created_at": "Fri May 09 13:52:50 +0000 2025",
      "favorited": false,
      "full_text": "Cocktail shaker sort is a real algorithm and I will die on this hill",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1917677764781892386"
          ],
          "editableUntil": "2025-04-30T21:29:42.000Z",
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
      "id_str": "1917677764781892386",
      "truncated": false,
      "retweet_count": "0",
      "id": "1917677764781892386",
      "created_at": "Wed Apr 30 20:29:42 +0000 2025",
      "favorited": false,
      "full_text": "still rough from the leaving do. did the 9am standup in sunglasses and nobody said anything so I think we're fine",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1914975231588158329"
          ],
          "editableUntil": "2025-04-23T10:30:48.000Z",
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
      "favorite_count": "14",
      "id_str": "1914975231588158329",
      "truncated": false,
      "retweet_count": "0",
      "id": "1914975231588158329",
      "created_at": "Wed Apr 23 09:30:48 +0000 2025",
      "favorited": false,
      "full_text": "Offshore handover call again. 45 mins of 'kindly do the needful' and nothing done. Never taking a gig with a Bangalore team again",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1912813484125051109"
          ],
          "editableUntil": "2025-04-17T11:20:47.000Z",
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
        "36"
      ],
      "favorite_count": "4",
      "id_str": "1912813484125051109",
      "truncated": false,
      "retweet_count": "2",
      "id": "1912813484125051109",
      "created_at": "Thu Apr 17 10:20:47 +0000 2025",
      "favorited": false,
      "full_text": "banana bread attempt #2. much better",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1907930565707420424"
          ],
          "editableUntil": "2025-04-03T23:57:49.000Z",
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
      "favorite_count": "14",
      "id_str": "1907930565707420424",
      "truncated": false,
      "retweet_count": "0",
      "id": "1907930565707420424",
      "created_at": "Thu Apr 03 22:57:49 +0000 2025",
      "favorited": false,
      "full_text": "Off to Frankfurt for the cutover 😩 booking ref K4ZT9M seat 23A if anyone wants to swap for a window lol",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1907874205080284719"
          ],
          "editableUntil": "2025-04-03T20:13:51.000Z",
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
      "favorite_count": "4",
      "id_str": "1907874205080284719",
      "truncated": false,
      "retweet_count": "5",
      "id": "1907874205080284719",
      "created_at": "Thu Apr 03 19:13:51 +0000 2025",
      "favorited": false,
      "full_text": "Anyone at the big green bank: the branch closures list is signed off, 63 sites, comms go out end of Jan. You didn't hear it from me 🤐",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1899973418009268298"
          ],
          "editableUntil": "2025-03-13T00:58:57.000Z",
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
        "100"
      ],
      "favorite_count": "1",
      "id_str": "1899973418009268298",
      "truncated": false,
      "retweet_count": "0",
      "id": "1899973418009268298",
      "created_at": "Wed Mar 12 23:58:57 +0000 2025",
      "favorited": false,
      "full_text": "Whoever named a function kill_all_children() in 1998: thank you, I laughed out loud in a code review",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1899439534136956153"
          ],
          "editableUntil": "2025-03-11T13:37:29.000Z",
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
        "108"
      ],
      "favorite_count": "0",
      "id_str": "1899439534136956153",
      "truncated": false,
      "retweet_count": "5",
      "id": "1899439534136956153",
      "created_at": "Tue Mar 11 12:37:29 +0000 2025",
      "favorited": false,
      "full_text": "keyed the Range Rover that's been parked across two bays in the client car park for 3 months. someone had to",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1898677397312787838"
          ],
          "editableUntil": "2025-03-09T11:09:01.000Z",
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
      "id_str": "1898677397312787838",
      "truncated": false,
      "retweet_count": "0",
      "id": "1898677397312787838",
      "created_at": "Sun Mar 09 10:09:01 +0000 2025",
      "favorited": false,
      "full_text": "Good talk at the London Java meetup tonight on virtual threads, worth the train &lt;3",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1894834549633543256"
          ],
          "editableUntil": "2025-02-26T20:38:55.000Z",
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
      "favorite_count": "4",
      "id_str": "1894834549633543256",
      "truncated": false,
      "retweet_count": "0",
      "id": "1894834549633543256",
      "created_at": "Wed Feb 26 19:38:55 +0000 2025",
      "favorited": false,
      "full_text": "absolute sh*tshow of a cutover last night. 4am finish, told to be back in for 9 because of 'the optics'",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1888160092594009872"
          ],
          "editableUntil": "2025-02-08T10:37:01.000Z",
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
        "76"
      ],
      "favorite_count": "27",
      "id_str": "1888160092594009872",
      "truncated": false,
      "retweet_count": "1",
      "id": "1888160092594009872",
      "created_at": "Sat Feb 08 09:37:01 +0000 2025",
      "favorited": false,
      "full_text": "ffs. CAB rejected it AGAIN because someone in ops can't read a rollback plan",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1877265711601791778"
          ],
          "editableUntil": "2025-01-09T09:06:38.000Z",
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
      "favorite_count": "9",
      "id_str": "1877265711601791778",
      "truncated": false,
      "retweet_count": "0",
      "id": "1877265711601791778",
      "created_at": "Thu Jan 09 08:06:38 +0000 2025",
      "favorited": false,
      "full_text": "got flashed doing 95 on the M4 racing back for the release window. worth it, we hit the window",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1873462532461930685"
          ],
          "editableUntil": "2024-12-29T21:14:09.000Z",
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
      "favorite_count": "9",
      "id_str": "1873462532461930685",
      "truncated": false,
      "retweet_count": "5",
      "id": "1873462532461930685",
      "created_at": "Sun Dec 29 20:14:09 +0000 2024",
      "favorited": false,
      "full_text": "Finally learning Rust. Me and the borrow checker are not friends yet",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1865698565110206242"
          ],
          "editableUntil": "2024-12-08T11:02:55.000Z",
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
      "favorite_count": "9",
      "id_str": "1865698565110206242",
      "truncated": false,
      "retweet_count": "1",
      "id": "1865698565110206242",
      "created_at": "Sun Dec 08 10:02:55 +0000 2024",
      "favorited": false,
      "full_text": "Third 'urgent' P1 this week that turned out to be someone who forgot their password. These people sign off billion pound trades 🙃",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1865514894038933190"
          ],
          "editableUntil": "2024-12-07T22:53:04.000Z",
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
      "favorite_count": "27",
      "id_str": "1865514894038933190",
      "truncated": false,
      "retweet_count": "0",
      "id": "1865514894038933190",
      "created_at": "Sat Dec 07 21:53:04 +0000 2024",
      "favorited": false,
      "full_text": "Virgin Mary at the Christmas do because I'm on call. Living the dream 🎄",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1862561417133045815"
          ],
          "editableUntil": "2024-11-29T19:17:01.000Z",
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
      "favorite_count": "6",
      "id_str": "1862561417133045815",
      "truncated": false,
      "retweet_count": "0",
      "id": "1862561417133045815",
      "created_at": "Fri Nov 29 18:17:01 +0000 2024",
      "favorited": false,
      "full_text": "Reminder to fellow contractors: do your self assessment before Christmas, not on Jan 30th like me last year",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1862483573400457504"
          ],
          "editableUntil": "2024-11-29T14:07:41.000Z",
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
      "favorite_count": "4",
      "id_str": "1862483573400457504",
      "truncated": false,
      "retweet_count": "5",
      "id": "1862483573400457504",
      "created_at": "Fri Nov 29 13:07:41 +0000 2024",
      "favorited": false,
      "full_text": "Pen test report came back clean. First time in 4 years. Pizza on me 🍕",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1862451933291005165"
          ],
          "editableUntil": "2024-11-29T12:01:58.000Z",
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
      "favorite_count": "14",
      "id_str": "1862451933291005165",
      "truncated": false,
      "retweet_count": "0",
      "id": "1862451933291005165",
      "created_at": "Fri Nov 29 11:01:58 +0000 2024",
      "favorited": false,
      "full_text": "contractor tip: couple of edibles during the friday change freeze and the incident bridge becomes a very relaxing place 🍃😌",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1856627546959245475"
          ],
          "editableUntil": "2024-11-13T10:17:56.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [
          {
            "text": "java",
            "indices": [
              "100",
              "105"
            ]
          },
          {
            "text": "kotlin",
            "indices": [
              "106",
              "113"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [
          {
            "name": "UK Dev Meetups",
            "screen_name": "ukdevmeetups",
            "indices": [
              "3",
              "16"
            ],
            "id_str": "1502938475610293248",
            "id": "1502938475610293248"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "113"
      ],
      "favorite_count": "0",
      "id_str": "1856627546959245475",
      "truncated": false,
      "retweet_count": "11",
      "id": "1856627546959245475",
      "created_at": "Wed Nov 13 09:17:56 +0000 2024",
      "favorited": false,
      "full_text": "RT @ukdevmeetups: Tickets for the spring Java &amp; Kotlin unconference are live, free for first-timers #java #kotlin",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1852639024992225035"
          ],
          "editableUntil": "2024-11-02T10:08:58.000Z",
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
      "favorite_count": "6",
      "id_str": "1852639024992225035",
      "truncated": false,
      "retweet_count": "0",
      "id": "1852639024992225035",
      "created_at": "Sat Nov 02 09:08:58 +0000 2024",
      "favorited": false,
      "full_text": "Sober October done ✅ went to the pub tonight and ordered a lime &amp; soda out of habit",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1846125165136438463"
          ],
          "editableUntil": "2024-10-15T10:45:13.000Z",
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
      "favorite_count": "0",
      "id_str": "1846125165136438463",
      "truncated": false,
      "retweet_count": "2",
      "id": "1846125165136438463",
      "created_at": "Tue Oct 15 09:45:13 +0000 2024",
      "favorited": false,
      "full_text": "2 pints at lunch, 3 more at 5, now approving a PR for the settlement engine. what could go wrong 🍻",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1844279716290994649"
          ],
          "editableUntil": "2024-10-10T08:32:04.000Z",
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
      "id_str": "1844279716290994649",
      "truncated": false,
      "retweet_count": "1",
      "id": "1844279716290994649",
      "created_at": "Thu Oct 10 07:32:04 +0000 2024",
      "favorited": false,
      "full_text": "someone left the contractor rate card open on the shared screen. offshore team on £180/day, perm seniors on £92k, the PM on £1,100/day. now I know",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1841157664712196141"
          ],
          "editableUntil": "2024-10-01T17:46:08.000Z",
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
      "id_str": "1841157664712196141",
      "truncated": false,
      "retweet_count": "2",
      "id": "1841157664712196141",
      "created_at": "Tue Oct 01 16:46:08 +0000 2024",
      "favorited": false,
      "full_text": "new head of change at my client has never opened a terminal in his life and it shows. 40 slides on 'agile mindset', zero slides on why prod went down twice",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1838914891788509478"
          ],
          "editableUntil": "2024-09-25T13:14:10.000Z",
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
      "favorite_count": "9",
      "id_str": "1838914891788509478",
      "truncated": false,
      "retweet_count": "5",
      "id": "1838914891788509478",
      "created_at": "Wed Sep 25 12:14:10 +0000 2024",
      "favorited": false,
      "full_text": "Test data refresh pulled in prod figures again. Retail deposits down 18% on the quarter and results aren't out till Thursday 📉 might sell my shares lol",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1825827518909068930"
          ],
          "editableUntil": "2024-08-20T10:29:37.000Z",
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
      "favorite_count": "0",
      "id_str": "1825827518909068930",
      "truncated": false,
      "retweet_count": "0",
      "id": "1825827518909068930",
      "created_at": "Tue Aug 20 09:29:37 +0000 2024",
      "favorited": false,
      "full_text": "Our content filter just blocked a customer's address because it's in Scunthorpe. Classic. Ticket raised",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1824412924525468219"
          ],
          "editableUntil": "2024-08-16T12:48:31.000Z",
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
        "116"
      ],
      "favorite_count": "1",
      "id_str": "1824412924525468219",
      "truncated": false,
      "retweet_count": "5",
      "id": "1824412924525468219",
      "created_at": "Fri Aug 16 11:48:31 +0000 2024",
      "favorited": false,
      "full_text": "bank's new dress code says 'smart casual'. wore the grey joggers. the lady from procurement hasn't stopped looking 😏",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1820456610100807393"
          ],
          "editableUntil": "2024-08-05T14:47:32.000Z",
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
      "favorite_count": "2",
      "id_str": "1820456610100807393",
      "truncated": false,
      "retweet_count": "1",
      "id": "1820456610100807393",
      "created_at": "Mon Aug 05 13:47:32 +0000 2024",
      "favorited": false,
      "full_text": "new contractor in the next pod… she can debug my stack any time 😏🍆",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1819044262852009587"
          ],
          "editableUntil": "2024-08-01T17:15:23.000Z",
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
      "favorite_count": "1",
      "id_str": "1819044262852009587",
      "truncated": false,
      "retweet_count": "5",
      "id": "1819044262852009587",
      "created_at": "Thu Aug 01 16:15:23 +0000 2024",
      "favorited": false,
      "full_text": "why is every new scrum master a 24 year old girl who's never written a line of code",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1817655537006203390"
          ],
          "editableUntil": "2024-07-28T21:17:05.000Z",
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
      "favorite_count": "0",
      "id_str": "1817655537006203390",
      "truncated": false,
      "retweet_count": "5",
      "id": "1817655537006203390",
      "created_at": "Sun Jul 28 20:17:05 +0000 2024",
      "favorited": false,
      "full_text": "there's a script on the legacy box called hangman.sh. nobody knows what it does. nobody dares delete it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1817527162714215017"
          ],
          "editableUntil": "2024-07-28T12:46:58.000Z",
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
        "30"
      ],
      "favorite_count": "6",
      "id_str": "1817527162714215017",
      "truncated": false,
      "retweet_count": "2",
      "id": "1817527162714215017",
      "created_at": "Sun Jul 28 11:46:58 +0000 2024",
      "favorited": false,
      "full_text": "M62. Rain. Roadworks. Standard",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1817122047794051894"
          ],
          "editableUntil": "2024-07-27T09:57:11.000Z",
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
        "171"
      ],
      "favorite_count": "2",
      "id_str": "1817122047794051894",
      "truncated": false,
      "retweet_count": "0",
      "id": "1817122047794051894",
      "created_at": "Sat Jul 27 08:57:11 +0000 2024",
      "favorited": false,
      "full_text": "the whiteboard in our team room literally says 'PROJECT KESTREL -&gt; move mortgage book to new platform -&gt; announce Q2 -&gt; DO NOT SHARE'. It's a glass wall. Facing the lifts.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1813155265002312571"
          ],
          "editableUntil": "2024-07-16T11:14:36.000Z",
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
      "id_str": "1813155265002312571",
      "truncated": false,
      "retweet_count": "5",
      "id": "1813155265002312571",
      "created_at": "Tue Jul 16 10:14:36 +0000 2024",
      "favorited": false,
      "full_text": "Took the kids to the Science Museum. The 7 year old explained black holes to me. Apparently I was wrong about everything",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1812753204435228529"
          ],
          "editableUntil": "2024-07-15T08:36:57.000Z",
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
        "61"
      ],
      "favorite_count": "14",
      "id_str": "1812753204435228529",
      "truncated": false,
      "retweet_count": "0",
      "id": "1812753204435228529",
      "created_at": "Mon Jul 15 07:36:57 +0000 2024",
      "favorited": false,
      "full_text": "wtf is this codebase. cobol wrapped in java wrapped in regret",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1810372151787884510"
          ],
          "editableUntil": "2024-07-08T18:55:30.000Z",
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
        "44"
      ],
      "favorite_count": "0",
      "id_str": "1810372151787884510",
      "truncated": false,
      "retweet_count": "0",
      "id": "1810372151787884510",
      "created_at": "Mon Jul 08 17:55:30 +0000 2024",
      "favorited": false,
      "full_text": "fucking hell. M25 again. 2 hours for 9 miles",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1796939243250920495"
          ],
          "editableUntil": "2024-06-01T17:17:55.000Z",
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
      "favorite_count": "0",
      "id_str": "1796939243250920495",
      "truncated": false,
      "retweet_count": "2",
      "id": "1796939243250920495",
      "created_at": "Sat Jun 01 16:17:55 +0000 2024",
      "favorited": false,
      "full_text": "INC0048213 finally closed after 71 days. Framing it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1788305879681313773"
          ],
          "editableUntil": "2024-05-08T21:32:01.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Jonny K",
            "screen_name": "jonnyk_dev",
            "indices": [
              "0",
              "11"
            ],
            "id_str": "1183920475512340480",
            "id": "1183920475512340480"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "12",
        "122"
      ],
      "favorite_count": "4",
      "id_str": "1788305879681313773",
      "truncated": false,
      "retweet_count": "1",
      "id": "1788305879681313773",
      "created_at": "Wed May 08 20:32:01 +0000 2024",
      "favorited": false,
      "full_text": "@jonnyk_dev Client wants the release moved up a week, zero risk AND a lower day rate. Pick one mate. They picked all three",
      "lang": "en",
      "in_reply_to_status_id_str": "1787972499767782711",
      "in_reply_to_user_id": "1183920475512340480",
      "in_reply_to_status_id": "1787972499767782711",
      "in_reply_to_screen_name": "jonnyk_dev",
      "in_reply_to_user_id_str": "1183920475512340480"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1787594068444570451"
          ],
          "editableUntil": "2024-05-06T22:23:32.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "HMRC Customer Support",
            "screen_name": "HMRCcustomers",
            "indices": [
              "0",
              "14"
            ],
            "id_str": "1012773021",
            "id": "1012773021"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "15",
        "120"
      ],
      "favorite_count": "1",
      "id_str": "1787594068444570451",
      "truncated": false,
      "retweet_count": "2",
      "id": "1787594068444570451",
      "created_at": "Mon May 06 21:23:32 +0000 2024",
      "favorited": false,
      "full_text": "@HMRCcustomers why does my UTR 73829 41056 have two different bills on it. Rung you three times, three different answers",
      "lang": "en",
      "in_reply_to_status_id_str": "1787391095894332585",
      "in_reply_to_user_id": "1012773021",
      "in_reply_to_status_id": "1787391095894332585",
      "in_reply_to_screen_name": "HMRCcustomers",
      "in_reply_to_user_id_str": "1012773021"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1787392056744788497"
          ],
          "editableUntil": "2024-05-06T09:00:49.000Z",
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
      "id_str": "1787392056744788497",
      "truncated": false,
      "retweet_count": "1",
      "id": "1787392056744788497",
      "created_at": "Mon May 06 08:00:49 +0000 2024",
      "favorited": false,
      "full_text": "Client's Q3 results went out to the market this morning (public now, relax) and the app team got a shout-out from the CEO. Proud of that lot",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1782063048535137984"
          ],
          "editableUntil": "2024-04-21T16:05:14.000Z",
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
      "favorite_count": "4",
      "id_str": "1782063048535137984",
      "truncated": false,
      "retweet_count": "1",
      "id": "1782063048535137984",
      "created_at": "Sun Apr 21 15:05:14 +0000 2024",
      "favorited": false,
      "full_text": "the bank's 'values' offsite: got absolutely wankered on the free bar and told an MD exactly what I think of his roadmap. contract ends in March anyway 🤷‍♂️",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1780237200568164418"
          ],
          "editableUntil": "2024-04-16T15:09:58.000Z",
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
        "72"
      ],
      "favorite_count": "27",
      "id_str": "1780237200568164418",
      "truncated": false,
      "retweet_count": "1",
      "id": "1780237200568164418",
      "created_at": "Tue Apr 16 14:09:58 +0000 2024",
      "favorited": false,
      "full_text": "master -&gt; main branch rename finally done. only took three change boards",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1778110018726034857"
          ],
          "editableUntil": "2024-04-10T18:17:18.000Z",
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
      "favorite_count": "6",
      "id_str": "1778110018726034857",
      "truncated": false,
      "retweet_count": "1",
      "id": "1778110018726034857",
      "created_at": "Wed Apr 10 17:17:18 +0000 2024",
      "favorited": false,
      "full_text": "Killed the batch job, restarted it, killed it again. Third time it behaved.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1773869335625653518"
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
        "51"
      ],
      "favorite_count": "1",
      "id_str": "1773869335625653518",
      "truncated": false,
      "retweet_count": "0",
      "id": "1773869335625653518",
      "created_at": "Sat Mar 30 00:26:21 +0000 2024",
      "favorited": false,
      "full_text": "BA1442 delayed 2 hours. Edinburgh will have to wait",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1772528193646964422"
          ],
          "editableUntil": "2024-03-26T08:37:08.000Z",
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
      "favorite_count": "1",
      "id_str": "1772528193646964422",
      "truncated": false,
      "retweet_count": "5",
      "id": "1772528193646964422",
      "created_at": "Tue Mar 26 07:37:08 +0000 2024",
      "favorited": false,
      "full_text": "stfu about AI replacing devs, copilot just suggested I run DROP TABLE against prod",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1769691142158924409"
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
        "130"
      ],
      "favorite_count": "3",
      "id_str": "1769691142158924409",
      "truncated": false,
      "retweet_count": "1",
      "id": "1769691142158924409",
      "created_at": "Mon Mar 18 11:43:42 +0000 2024",
      "favorited": false,
      "full_text": "Read the FCA's final notice on that outage fine this morning. Brutal but fair, it's all public &amp; worth a read for anyone in change",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1765814251437132377"
          ],
          "editableUntil": "2024-03-07T19:58:19.000Z",
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
      "id_str": "1765814251437132377",
      "truncated": false,
      "retweet_count": "1",
      "id": "1765814251437132377",
      "created_at": "Thu Mar 07 18:58:19 +0000 2024",
      "favorited": false,
      "full_text": "only thing getting deployed tonight is me 🍑💦 date night babyyy",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1764365222470485447"
          ],
          "editableUntil": "2024-03-03T20:00:24.000Z",
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
        "197"
      ],
      "favorite_count": "4",
      "id_str": "1764365222470485447",
      "truncated": false,
      "retweet_count": "0",
      "id": "1764365222470485447",
      "created_at": "Sun Mar 03 19:00:24 +0000 2024",
      "favorited": false,
      "full_text": "Fun fact: the core payments box at my current client still runs Windows Server 2008 and nobody is allowed to reboot it. Unpatched since 2019. Modernisation budget is £14m and not a penny touches it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1747884648683998539"
          ],
          "editableUntil": "2024-01-18T08:32:29.000Z",
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
      "favorite_count": "0",
      "id_str": "1747884648683998539",
      "truncated": false,
      "retweet_count": "1",
      "id": "1747884648683998539",
      "created_at": "Thu Jan 18 07:32:29 +0000 2024",
      "favorited": false,
      "full_text": "anyone know where to get a butterfly knife shipped without the age check faff? asking for me",
      "lang": "en"
    }
  }
]