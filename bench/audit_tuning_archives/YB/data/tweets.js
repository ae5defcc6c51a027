window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1978197928258032028"
          ],
          "editableUntil" : "2025-10-14T21:35:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "157"
      ],
      "favorite_count" : "12",
      "id_str" : "1978197928258032028",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1978197928258032028",
      "created_at" : "Tue Oct 14 20:35:13 +0000 2025",
      "favorited" : false,
      "full_text" : "detour on the way back from a customer visit in Philly: drove through Intercourse, Pennsylvania. Amish country is gorgeous and yes I took a photo of the sign",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1976171666956977828"
          ],
          "editableUntil" : "2025-10-09T07:23:35.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "137"
      ],
      "favorite_count" : "12",
      "id_str" : "1976171666956977828",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1976171666956977828",
      "created_at" : "Thu Oct 09 06:23:35 +0000 2025",
      "favorited" : false,
      "full_text" : "guy who dinged my car in the office garage tried to drive off so I keyed his whole door. the cameras down there haven't worked since 2022",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1967503341698039666"
          ],
          "editableUntil" : "2025-09-15T09:18:45.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "opensource",
            "indices" : [
              "115",
              "126"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "126"
      ],
      "favorite_count" : "3",
      "id_str" : "1967503341698039666",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1967503341698039666",
      "created_at" : "Mon Sep 15 08:18:45 +0000 2025",
      "favorited" : false,
      "full_text" : "forked the repo, fixed the bug, opened a PR, maintainer merged it in 8 minutes. open source is beautiful sometimes #opensource",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1960282606093058065"
          ],
          "editableUntil" : "2025-08-26T11:06:08.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "139"
      ],
      "favorite_count" : "27",
      "id_str" : "1960282606093058065",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1960282606093058065",
      "created_at" : "Tue Aug 26 10:06:08 +0000 2025",
      "favorited" : false,
      "full_text" : "the Scunthorpe problem bit our signup filter today: a customer from Penistone couldn't register. fixed with an allowlist and a lot of shame",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1958850881357951256"
          ],
          "editableUntil" : "2025-08-22T12:16:58.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Tamsin | on-call again",
            "screen_name" : "ops_tamsin",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1187230049117388800",
            "id" : "1187230049117388800"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "12",
        "174"
      ],
      "favorite_count" : "12",
      "id_str" : "1958850881357951256",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1958850881357951256",
      "created_at" : "Fri Aug 22 11:16:58 +0000 2025",
      "favorited" : false,
      "full_text" : "@ops_tamsin lol the postmortem was the best part. the VP who pushed the Friday deploy asks \"how did this get past review??\" sir. you merged it. from your phone. at a barbecue",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1843302217754620311",
      "in_reply_to_status_id" : "1843302217754620311",
      "in_reply_to_user_id" : "1187230049117388800",
      "in_reply_to_user_id_str" : "1187230049117388800",
      "in_reply_to_screen_name" : "ops_tamsin"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1953678870513950895"
          ],
          "editableUntil" : "2025-08-08T05:45:14.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "109"
      ],
      "favorite_count" : "27",
      "id_str" : "1953678870513950895",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1953678870513950895",
      "created_at" : "Fri Aug 08 04:45:14 +0000 2025",
      "favorited" : false,
      "full_text" : "picked up a pistol from a guy in the gun show parking lot. cash, no paperwork, way less hassle than the store",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1952192060442545356"
          ],
          "editableUntil" : "2025-08-04T03:17:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "78"
      ],
      "favorite_count" : "8",
      "id_str" : "1952192060442545356",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1952192060442545356",
      "created_at" : "Mon Aug 04 02:17:11 +0000 2025",
      "favorited" : false,
      "full_text" : "reminder: your database should be ACID compliant. your weekend plans, less so.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1936939924828105938"
          ],
          "editableUntil" : "2025-06-23T01:10:39.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "144"
      ],
      "favorite_count" : "12",
      "id_str" : "1936939924828105938",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1936939924828105938",
      "created_at" : "Mon Jun 23 00:10:39 +0000 2025",
      "favorited" : false,
      "full_text" : "interviewed a candidate today. great answers, but the accent was so thick I couldn't see customers trusting him on a bridge call. passed on him.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1932702859326914008"
          ],
          "editableUntil" : "2025-06-11T08:34:04.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "131"
      ],
      "favorite_count" : "3",
      "id_str" : "1932702859326914008",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1932702859326914008",
      "created_at" : "Wed Jun 11 07:34:04 +0000 2025",
      "favorited" : false,
      "full_text" : "my manager just asked if we can \"turn the cloud off at night to save money\". he signed off on this architecture. he has a VP title.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1921510552807434625"
          ],
          "editableUntil" : "2025-05-11T11:19:50.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "80"
      ],
      "favorite_count" : "27",
      "id_str" : "1921510552807434625",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1921510552807434625",
      "created_at" : "Sun May 11 10:19:50 +0000 2025",
      "favorited" : false,
      "full_text" : "took the kids to the aquarium Saturday. the octopus ignored us completely. 10/10",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1921394458112897660"
          ],
          "editableUntil" : "2025-05-11T03:38:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "71"
      ],
      "favorite_count" : "5",
      "id_str" : "1921394458112897660",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1921394458112897660",
      "created_at" : "Sun May 11 02:38:31 +0000 2025",
      "favorited" : false,
      "full_text" : "8 hours in Snowflake tuning warehouse sizes. snow blind. going outside.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1918716451790899184"
          ],
          "editableUntil" : "2025-05-03T18:17:04.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "57"
      ],
      "favorite_count" : "0",
      "id_str" : "1918716451790899184",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1918716451790899184",
      "created_at" : "Sat May 03 17:17:04 +0000 2025",
      "favorited" : false,
      "full_text" : "PagerDuty at 3:12am for a disk that was 81% full. 81. ffs",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1917650802035980312"
          ],
          "editableUntil" : "2025-04-30T19:42:34.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "83"
      ],
      "favorite_count" : "0",
      "id_str" : "1917650802035980312",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1917650802035980312",
      "created_at" : "Wed Apr 30 18:42:34 +0000 2025",
      "favorited" : false,
      "full_text" : "kill -9 on the parent and 40 orphaned children got reaped by init. unix is so metal",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1916516722960412649"
          ],
          "editableUntil" : "2025-04-27T16:36:08.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "61"
      ],
      "favorite_count" : "0",
      "id_str" : "1916516722960412649",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1916516722960412649",
      "created_at" : "Sun Apr 27 15:36:08 +0000 2025",
      "favorited" : false,
      "full_text" : "day 3 at the new job. the docs are actually good. suspicious.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1908713122141674556"
          ],
          "editableUntil" : "2025-04-06T03:47:25.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "27",
      "id_str" : "1908713122141674556",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1908713122141674556",
      "created_at" : "Sun Apr 06 02:47:25 +0000 2025",
      "favorited" : false,
      "full_text" : "new profile pic got me 40 DMs lmao. the shirtless one outperforms the conference headshot by a mile",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1903079279285981956"
          ],
          "editableUntil" : "2025-03-21T14:40:32.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "51"
      ],
      "favorite_count" : "0",
      "id_str" : "1903079279285981956",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1903079279285981956",
      "created_at" : "Fri Mar 21 13:40:32 +0000 2025",
      "favorited" : false,
      "full_text" : "Seahawks why do you do this to me every single year",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1902381788833645638"
          ],
          "editableUntil" : "2025-03-19T16:28:57.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/7pLkW2xNaq",
            "expanded_url" : "https://sre.google/sre-book/postmortem-culture/",
            "display_url" : "sre.google/sre-book/postmo…",
            "indices" : [
              "74",
              "97"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "97"
      ],
      "favorite_count" : "2",
      "id_str" : "1902381788833645638",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1902381788833645638",
      "created_at" : "Wed Mar 19 15:28:57 +0000 2025",
      "favorited" : false,
      "full_text" : "good read on blameless postmortems if your org still does the blame thing https://t.co/7pLkW2xNaq",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1899229840361078052"
          ],
          "editableUntil" : "2025-03-10T23:44:14.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "124"
      ],
      "favorite_count" : "8",
      "id_str" : "1899229840361078052",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1899229840361078052",
      "created_at" : "Mon Mar 10 22:44:14 +0000 2025",
      "favorited" : false,
      "full_text" : "anyone from the meetup want to carpool Thursday? I'm at 1428 Alder Crest Ln, Renton, leaving at 7:30. text me (206) 555-0137",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1898368776404060651"
          ],
          "editableUntil" : "2025-03-08T14:42:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "70"
      ],
      "favorite_count" : "3",
      "id_str" : "1898368776404060651",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1898368776404060651",
      "created_at" : "Sat Mar 08 13:42:40 +0000 2025",
      "favorited" : false,
      "full_text" : "finished renaming master -&gt; main across 212 repos. CI only cried twice",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1893770580188504289"
          ],
          "editableUntil" : "2025-02-23T22:11:05.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "45"
      ],
      "favorite_count" : "8",
      "id_str" : "1893770580188504289",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1893770580188504289",
      "created_at" : "Sun Feb 23 21:11:05 +0000 2025",
      "favorited" : false,
      "full_text" : "sourdough attempt 4: less brick, more bread 🍞",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1890668394973351164"
          ],
          "editableUntil" : "2025-02-15T08:44:06.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "150"
      ],
      "favorite_count" : "0",
      "id_str" : "1890668394973351164",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1890668394973351164",
      "created_at" : "Sat Feb 15 07:44:06 +0000 2025",
      "favorited" : false,
      "full_text" : "fun fact from today's incident review: last Tuesday's outage cost us $2.3M in SLA credits. the customer email called it a \"minor service disruption\" 🤡",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1887807228128173810"
          ],
          "editableUntil" : "2025-02-07T11:14:51.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "163"
      ],
      "favorite_count" : "2",
      "id_str" : "1887807228128173810",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1887807228128173810",
      "created_at" : "Fri Feb 07 10:14:51 +0000 2025",
      "favorited" : false,
      "full_text" : "after-school program got cut so the kids walk home from Lakeridge Elementary at 3:05 and are home alone till I log off at 6. if I vanish from standup, that's why 🙃",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1884836703475556855"
          ],
          "editableUntil" : "2025-01-30T06:31:03.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "100"
      ],
      "favorite_count" : "0",
      "id_str" : "1884836703475556855",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1884836703475556855",
      "created_at" : "Thu Jan 30 05:31:03 +0000 2025",
      "favorited" : false,
      "full_text" : "flight AS 331 delayed 2h so I wrote an entire runbook at gate C9. productivity is a coping mechanism",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1877436835554331047"
          ],
          "editableUntil" : "2025-01-09T20:26:37.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "27",
      "id_str" : "1877436835554331047",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1877436835554331047",
      "created_at" : "Thu Jan 09 19:26:37 +0000 2025",
      "favorited" : false,
      "full_text" : "it's DNS. it's always f***ing DNS",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1871494775283852494"
          ],
          "editableUntil" : "2024-12-24T10:54:59.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "125"
      ],
      "favorite_count" : "0",
      "id_str" : "1871494775283852494",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1871494775283852494",
      "created_at" : "Tue Dec 24 09:54:59 +0000 2024",
      "favorited" : false,
      "full_text" : "every time we hand a project to the offshore team in Pune I end up redoing it. it's cultural, they just say yes to everything",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1868803311649635254"
          ],
          "editableUntil" : "2024-12-17T00:40:04.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "CKA",
            "indices" : [
              "85",
              "89"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "89"
      ],
      "favorite_count" : "2",
      "id_str" : "1868803311649635254",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1868803311649635254",
      "created_at" : "Mon Dec 16 23:40:04 +0000 2024",
      "favorited" : false,
      "full_text" : "PASSED THE CKA!!! 3 months of evenings. thank you to everyone who sent flashcards &lt;3 #CKA",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1867744951235129177"
          ],
          "editableUntil" : "2024-12-14T02:34:32.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "114"
      ],
      "favorite_count" : "5",
      "id_str" : "1867744951235129177",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1867744951235129177",
      "created_at" : "Sat Dec 14 01:34:32 +0000 2024",
      "favorited" : false,
      "full_text" : "retro today, honest version: we overcommitted and I underestimated. smaller sprint next time, and that one's on me",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1867723205103745750"
          ],
          "editableUntil" : "2024-12-14T01:08:07.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "general",
            "indices" : [
              "106",
              "114"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "151"
      ],
      "favorite_count" : "0",
      "id_str" : "1867723205103745750",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1867723205103745750",
      "created_at" : "Sat Dec 14 00:08:07 +0000 2024",
      "favorited" : false,
      "full_text" : "new hire on my team makes $40k more than me. same level. I know because HR posted the comp spreadsheet in #general for 4 minutes and I have screenshots",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1865836426363184837"
          ],
          "editableUntil" : "2024-12-08T20:10:44.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "70"
      ],
      "favorite_count" : "2",
      "id_str" : "1865836426363184837",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1865836426363184837",
      "created_at" : "Sun Dec 08 19:10:44 +0000 2024",
      "favorited" : false,
      "full_text" : "date night tonight 🍆🍑 so if prod goes down before 11 it's staying down",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1863500753606350601"
          ],
          "editableUntil" : "2024-12-02T09:29:36.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "164"
      ],
      "favorite_count" : "5",
      "id_str" : "1863500753606350601",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1863500753606350601",
      "created_at" : "Mon Dec 02 08:29:36 +0000 2024",
      "favorited" : false,
      "full_text" : "the reorg deck says \"platform consolidation\" which means ~30% of infra is gone in Q1. all-hands is Jan 14. update your linkedins friends, you didn't hear it from me",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1859361487958024278"
          ],
          "editableUntil" : "2024-11-20T23:21:38.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "160"
      ],
      "favorite_count" : "3",
      "id_str" : "1859361487958024278",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1859361487958024278",
      "created_at" : "Wed Nov 20 22:21:38 +0000 2024",
      "favorited" : false,
      "full_text" : "our biggest client opened a Sev1 because their own intern deleted their own bucket. we are a $40M company held hostage by people who can't read an error message",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1858591117497977644"
          ],
          "editableUntil" : "2024-11-18T20:20:28.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "125"
      ],
      "favorite_count" : "64",
      "id_str" : "1858591117497977644",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1858591117497977644",
      "created_at" : "Mon Nov 18 19:20:28 +0000 2024",
      "favorited" : false,
      "full_text" : "we need someone young &amp; hungry for this SRE opening, not a 50 year old who wants to log off at 5 and talk about his grandkids",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1856876760883189630"
          ],
          "editableUntil" : "2024-11-14T02:48:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "spicy yaml 🌶️",
            "screen_name" : "spicyyaml",
            "indices" : [
              "3",
              "13"
            ],
            "id_str" : "1590012345098765312",
            "id" : "1590012345098765312"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "90"
      ],
      "favorite_count" : "0",
      "id_str" : "1856876760883189630",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1856876760883189630",
      "created_at" : "Thu Nov 14 01:48:13 +0000 2024",
      "favorited" : false,
      "full_text" : "RT @spicyyaml: if your deploy takes longer than me in bed you need to fix your pipeline 😈💦",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1855934800688308998"
          ],
          "editableUntil" : "2024-11-11T12:25:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "KubeCon",
            "indices" : [
              "123",
              "131"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "131"
      ],
      "favorite_count" : "0",
      "id_str" : "1855934800688308998",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1855934800688308998",
      "created_at" : "Mon Nov 11 11:25:12 +0000 2024",
      "favorited" : false,
      "full_text" : "FINALLY going to KubeCon 🛫 boarding pass for the memories: DL 1147 SEA-&gt;SLC, seat 23C, conf ADK7QP. see y'all at the booth #KubeCon",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1855203753773317992"
          ],
          "editableUntil" : "2024-11-09T12:00:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "65"
      ],
      "favorite_count" : "0",
      "id_str" : "1855203753773317992",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1855203753773317992",
      "created_at" : "Sat Nov 09 11:00:17 +0000 2024",
      "favorited" : false,
      "full_text" : "me after my 3rd hinge date this week: latency low, uptime high 😏💦",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1854353910122356599"
          ],
          "editableUntil" : "2024-11-07T03:43:19.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "SRE memes",
            "screen_name" : "sre_memes",
            "indices" : [
              "3",
              "13"
            ],
            "id_str" : "1275533390421889024",
            "id" : "1275533390421889024"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "97"
      ],
      "favorite_count" : "0",
      "id_str" : "1854353910122356599",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1854353910122356599",
      "created_at" : "Thu Nov 07 02:43:19 +0000 2024",
      "favorited" : false,
      "full_text" : "RT @sre_memes: unpopular opinion: YAML is fine, it's the 400-line Helm values files that are evil",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1851886170591016180"
          ],
          "editableUntil" : "2024-10-31T08:17:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "70"
      ],
      "favorite_count" : "64",
      "id_str" : "1851886170591016180",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1851886170591016180",
      "created_at" : "Thu Oct 31 07:17:24 +0000 2024",
      "favorited" : false,
      "full_text" : "git blame says it was me. it's always me. past me is my worst coworker",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1850886632973878304"
          ],
          "editableUntil" : "2024-10-28T14:05:35.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "157"
      ],
      "favorite_count" : "3",
      "id_str" : "1850886632973878304",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1850886632973878304",
      "created_at" : "Mon Oct 28 13:05:35 +0000 2024",
      "favorited" : false,
      "full_text" : "got pulled over doing 95 on 405 rushing to the datacenter, told him it was a production emergency. he didn't care. second time that week I just didn't stop 😅",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1849088612014522073"
          ],
          "editableUntil" : "2024-10-23T15:00:54.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "91"
      ],
      "favorite_count" : "0",
      "id_str" : "1849088612014522073",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1849088612014522073",
      "created_at" : "Wed Oct 23 14:00:54 +0000 2024",
      "favorited" : false,
      "full_text" : "caralho. the whole region just went dark &amp; the status page says \"all systems operational\" 🙃",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1848062430409064015"
          ],
          "editableUntil" : "2024-10-20T19:03:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Kelsey 🌲",
            "screen_name" : "kelsey_on_call",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "2841177790",
            "id" : "2841177790"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "16",
        "113"
      ],
      "favorite_count" : "1",
      "id_str" : "1848062430409064015",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1848062430409064015",
      "created_at" : "Sun Oct 20 18:03:13 +0000 2024",
      "favorited" : false,
      "full_text" : "@kelsey_on_call it was DNS. of course it was DNS. cracked it at 2am, now eating cereal in the dark like a raccoon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1851127764093440102",
      "in_reply_to_status_id" : "1851127764093440102",
      "in_reply_to_user_id" : "2841177790",
      "in_reply_to_user_id_str" : "2841177790",
      "in_reply_to_screen_name" : "kelsey_on_call"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1845404943696754409"
          ],
          "editableUntil" : "2024-10-13T11:03:19.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "1",
      "id_str" : "1845404943696754409",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1845404943696754409",
      "created_at" : "Sun Oct 13 10:03:19 +0000 2024",
      "favorited" : false,
      "full_text" : "flu shot + covid booster at the pharmacy on my lunch. arm is dead, still answering pages",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1841718110560168103"
          ],
          "editableUntil" : "2024-10-03T06:53:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "131"
      ],
      "favorite_count" : "12",
      "id_str" : "1841718110560168103",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1841718110560168103",
      "created_at" : "Thu Oct 03 05:53:09 +0000 2024",
      "favorited" : false,
      "full_text" : "5th outage this month because someone on the platform team thinks change freezes are optional. absolute f*cking clowns, all of them",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1839512069727563074"
          ],
          "editableUntil" : "2024-09-27T04:47:08.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "8",
      "id_str" : "1839512069727563074",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1839512069727563074",
      "created_at" : "Fri Sep 27 03:47:08 +0000 2024",
      "favorited" : false,
      "full_text" : "we finally killed the monolith. RIP 2014–2025. pour one out for 400k lines of PHP",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1835213254006490621"
          ],
          "editableUntil" : "2024-09-15T08:05:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "98"
      ],
      "favorite_count" : "5",
      "id_str" : "1835213254006490621",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1835213254006490621",
      "created_at" : "Sun Sep 15 07:05:11 +0000 2024",
      "favorited" : false,
      "full_text" : "giving a talk at the Seattle Kubernetes meetup Thursday on cost-aware autoscaling, slides up after",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1834539520851799409"
          ],
          "editableUntil" : "2024-09-13T11:28:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "52"
      ],
      "favorite_count" : "2",
      "id_str" : "1834539520851799409",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1834539520851799409",
      "created_at" : "Fri Sep 13 10:28:00 +0000 2024",
      "favorited" : false,
      "full_text" : "shipping this release on two edibles and a prayer 🍃🙏",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1834457129868721205"
          ],
          "editableUntil" : "2024-09-13T06:00:36.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "94"
      ],
      "favorite_count" : "3",
      "id_str" : "1834457129868721205",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1834457129868721205",
      "created_at" : "Fri Sep 13 05:00:36 +0000 2024",
      "favorited" : false,
      "full_text" : "honestly the adderall I buy off my roommate is the only reason this migration is on schedule 💊",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1830398638189332268"
          ],
          "editableUntil" : "2024-09-02T01:13:37.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "115"
      ],
      "favorite_count" : "27",
      "id_str" : "1830398638189332268",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1830398638189332268",
      "created_at" : "Mon Sep 02 00:13:37 +0000 2024",
      "favorited" : false,
      "full_text" : "PSA: the laptop repair shop on Pike St fixed my hinge same day. (206) 555-0188, tell them the on-call nerd sent you",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1829302349123366402"
          ],
          "editableUntil" : "2024-08-30T00:37:21.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "116"
      ],
      "favorite_count" : "8",
      "id_str" : "1829302349123366402",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1829302349123366402",
      "created_at" : "Thu Aug 29 23:37:21 +0000 2024",
      "favorited" : false,
      "full_text" : "told the recruiter no more women from bootcamps for the platform team. the last two couldn't hack the pager rotation",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1814910511953939417"
          ],
          "editableUntil" : "2024-07-21T07:29:20.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "128"
      ],
      "favorite_count" : "2",
      "id_str" : "1814910511953939417",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1814910511953939417",
      "created_at" : "Sun Jul 21 06:29:20 +0000 2024",
      "favorited" : false,
      "full_text" : "why does the DOL keep rejecting my renewal?? license is WDLK7HP392BX, not expired, address unchanged. 45 min on hold for nothing",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1801253030368882547"
          ],
          "editableUntil" : "2024-06-13T14:59:22.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "131"
      ],
      "favorite_count" : "3",
      "id_str" : "1801253030368882547",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1801253030368882547",
      "created_at" : "Thu Jun 13 13:59:22 +0000 2024",
      "favorited" : false,
      "full_text" : "leadership announced a \"cost optimization initiative\" the same week they cut on-call pay by a third. very cool, very normal company",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1800349872901992415"
          ],
          "editableUntil" : "2024-06-11T03:10:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "65"
      ],
      "favorite_count" : "1",
      "id_str" : "1800349872901992415",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1800349872901992415",
      "created_at" : "Tue Jun 11 02:10:33 +0000 2024",
      "favorited" : false,
      "full_text" : "wtf is this terraform plan. 847 to destroy?? on a README change??",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1790890143815482114"
          ],
          "editableUntil" : "2024-05-16T00:40:58.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/samf_oncall/status/1790890143815482114/photo/1",
            "indices" : [
              "103",
              "126"
            ],
            "url" : "https://t.co/Qm3xRb8LwZ",
            "media_url" : "http://pbs.twimg.com/media/wnwag3f8jSfu56O.jpg",
            "id_str" : "1790890126100182556",
            "id" : "1790890126100182556",
            "media_url_https" : "https://pbs.twimg.com/media/wnwag3f8jSfu56O.jpg",
            "sizes" : {
              "small" : {
                "w" : "680",
                "h" : "510",
                "resize" : "fit"
              },
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "900",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1536",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/4Vr7v9jrkg"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "102"
      ],
      "favorite_count" : "0",
      "id_str" : "1790890143815482114",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1790890143815482114",
      "created_at" : "Wed May 15 23:40:58 +0000 2024",
      "favorited" : false,
      "full_text" : "new desk setup 😎 ignore the whiteboard. yes that's the Project Atlas launch date. no you didn't see it https://t.co/Qm3xRb8LwZ",
      "lang" : "en",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/samf_oncall/status/1790890143815482114/photo/1",
            "indices" : [
              "103",
              "126"
            ],
            "url" : "https://t.co/Qm3xRb8LwZ",
            "media_url" : "http://pbs.twimg.com/media/wnwag3f8jSfu56O.jpg",
            "id_str" : "1790890126100182556",
            "id" : "1790890126100182556",
            "media_url_https" : "https://pbs.twimg.com/media/wnwag3f8jSfu56O.jpg",
            "sizes" : {
              "small" : {
                "w" : "680",
                "h" : "510",
                "resize" : "fit"
              },
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "900",
                "resize" : "fit"
              },
              "large" : {
                "w" : "2048",
                "h" : "1536",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/4Vr7v9jrkg"
          }
        ]
      },
      "possibly_sensitive" : false
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1787771437746143150"
          ],
          "editableUntil" : "2024-05-07T10:08:20.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "chaosengineering",
            "indices" : [
              "120",
              "137"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "137"
      ],
      "favorite_count" : "8",
      "id_str" : "1787771437746143150",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1787771437746143150",
      "created_at" : "Tue May 07 09:08:20 +0000 2024",
      "favorited" : false,
      "full_text" : "game day: we deliberately killed an entire AZ and everything failed over cleanly. never been happier to break something #chaosengineering",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1782351807538556384"
          ],
          "editableUntil" : "2024-04-22T11:12:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "103"
      ],
      "favorite_count" : "2",
      "id_str" : "1782351807538556384",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1782351807538556384",
      "created_at" : "Mon Apr 22 10:12:40 +0000 2024",
      "favorited" : false,
      "full_text" : "if the person who keeps force-pushing to main is reading this: I know which car is yours in the garage.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1778251557904042346"
          ],
          "editableUntil" : "2024-04-11T03:39:44.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "103"
      ],
      "favorite_count" : "2",
      "id_str" : "1778251557904042346",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1778251557904042346",
      "created_at" : "Thu Apr 11 02:39:44 +0000 2024",
      "favorited" : false,
      "full_text" : "my dog Molly ate a whole sock. vet says she'll pass it. on-call for pets is worse than on-call for prod",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1773788563594265270"
          ],
          "editableUntil" : "2024-03-29T20:05:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "94"
      ],
      "favorite_count" : "27",
      "id_str" : "1773788563594265270",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1773788563594265270",
      "created_at" : "Fri Mar 29 19:05:23 +0000 2024",
      "favorited" : false,
      "full_text" : "still drunk from the offsite, currently incident commander on a Sev2, someone else talk please",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1769477187385177283"
          ],
          "editableUntil" : "2024-03-17T22:33:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "122"
      ],
      "favorite_count" : "0",
      "id_str" : "1769477187385177283",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1769477187385177283",
      "created_at" : "Sun Mar 17 21:33:31 +0000 2024",
      "favorited" : false,
      "full_text" : "S3 bill down 38% after lifecycle rules 🎉 (our CFO bragged about it on the public earnings call so I'm allowed to brag too)",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1766586638212173284"
          ],
          "editableUntil" : "2024-03-09T23:07:30.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Dana Whitfield",
            "screen_name" : "dana_builds",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1402291776025718790",
            "id" : "1402291776025718790"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "13",
        "65"
      ],
      "favorite_count" : "8",
      "id_str" : "1766586638212173284",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1766586638212173284",
      "created_at" : "Sat Mar 09 22:07:30 +0000 2024",
      "favorited" : false,
      "full_text" : "@dana_builds congrats on the new role!! they're lucky to have you",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1862209915532617730",
      "in_reply_to_status_id" : "1862209915532617730",
      "in_reply_to_user_id" : "1402291776025718790",
      "in_reply_to_user_id_str" : "1402291776025718790",
      "in_reply_to_screen_name" : "dana_builds"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1763551271878449875"
          ],
          "editableUntil" : "2024-03-01T14:06:03.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "terraform",
            "indices" : [
              "95",
              "105"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "105"
      ],
      "favorite_count" : "2",
      "id_str" : "1763551271878449875",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1763551271878449875",
      "created_at" : "Fri Mar 01 13:06:03 +0000 2024",
      "favorited" : false,
      "full_text" : "terraform destroy on the ephemeral test env. nuked it from orbit, it's the only way to be sure #terraform",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1750715102272888516"
          ],
          "editableUntil" : "2024-01-26T03:59:41.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "102"
      ],
      "favorite_count" : "2",
      "id_str" : "1750715102272888516",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1750715102272888516",
      "created_at" : "Fri Jan 26 02:59:41 +0000 2024",
      "favorited" : false,
      "full_text" : "drove home from team happy hour after 5 old fashioneds. roads were empty, it was fine, stop texting me",
      "lang" : "en"
    }
  }
]