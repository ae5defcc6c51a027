window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1979044320775826871"
          ],
          "editableUntil" : "2025-10-17T05:38:29.000Z",
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
      "favorite_count" : "14",
      "id_str" : "1979044320775826871",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1979044320775826871",
      "created_at" : "Fri Oct 17 04:38:29 +0000 2025",
      "favorited" : false,
      "full_text" : "today's skills session: catastrophic haemorrhage, stab wounds and gunshot wound packing on the sim mannequins. gory but genuinely the best teaching we've had",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1976722891304826237"
          ],
          "editableUntil" : "2025-10-10T19:53:57.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sophthespaed",
            "screen_name" : "sophthespaed",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1339194420",
            "id" : "1339194420"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "14",
        "60"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1976711337320386507",
      "id_str" : "1976722891304826237",
      "in_reply_to_user_id" : "1339194420",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1976722891304826237",
      "in_reply_to_status_id" : "1976711337320386507",
      "created_at" : "Fri Oct 10 18:53:57 +0000 2025",
      "favorited" : false,
      "full_text" : "@sophthespaed congrats on the job offer!!! so proud of you 🥹",
      "lang" : "en",
      "in_reply_to_screen_name" : "sophthespaed",
      "in_reply_to_user_id_str" : "1339194420"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1971339785580101021"
          ],
          "editableUntil" : "2025-09-25T23:23:25.000Z",
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
      "favorite_count" : "0",
      "id_str" : "1971339785580101021",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1971339785580101021",
      "created_at" : "Thu Sep 25 22:23:25 +0000 2025",
      "favorited" : false,
      "full_text" : "anyone selling a uni parking permit? text me on 07700 900417 or just knock, 23 Elmfield Terrace, the one with the bins always out 😂",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1962890827951696374"
          ],
          "editableUntil" : "2025-09-02T15:50:16.000Z",
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
        "107"
      ],
      "favorite_count" : "14",
      "id_str" : "1962890827951696374",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1962890827951696374",
      "created_at" : "Tue Sep 02 14:50:16 +0000 2025",
      "favorited" : false,
      "full_text" : "pub quiz with the cohort, I was on lemonade because of an early shift and still carried the anatomy round 💪",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1962360774696612559"
          ],
          "editableUntil" : "2025-09-01T04:44:02.000Z",
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
      "id_str" : "1962360774696612559",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1962360774696612559",
      "created_at" : "Mon Sep 01 03:44:02 +0000 2025",
      "favorited" : false,
      "full_text" : "my mum has started texting 'are you safe' every time she hears a siren. mum. there are a lot of sirens",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1958539034766335516"
          ],
          "editableUntil" : "2025-08-21T15:37:48.000Z",
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
        "107"
      ],
      "favorite_count" : "2",
      "id_str" : "1958539034766335516",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1958539034766335516",
      "created_at" : "Thu Aug 21 14:37:48 +0000 2025",
      "favorited" : false,
      "full_text" : "not saying I did my OSCE on 2 hours sleep still stinking of tequila from Jodie's birthday but I did pass so",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1947416286768794962"
          ],
          "editableUntil" : "2025-07-21T22:59:58.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "studentparamedic",
            "indices" : [
              "101",
              "118"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "118"
      ],
      "favorite_count" : "8",
      "id_str" : "1947416286768794962",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1947416286768794962",
      "created_at" : "Mon Jul 21 21:59:58 +0000 2025",
      "favorited" : false,
      "full_text" : "STUDENT ID AND DBS FINALLY THROUGH 🚑🚑 cert no. 001752349867, we are officially allowed near patients #studentparamedic",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1941936036707181512"
          ],
          "editableUntil" : "2025-07-06T20:03:25.000Z",
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
      "id_str" : "1941936036707181512",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1941936036707181512",
      "created_at" : "Sun Jul 06 19:03:25 +0000 2025",
      "favorited" : false,
      "full_text" : "the entonox on the truck hits different after a 14hr shift ngl 😶‍🌫️ just a little puff for morale, don't tell anyone",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1941114751928340299"
          ],
          "editableUntil" : "2025-07-04T13:39:55.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "studentparamedic",
            "indices" : [
              "37",
              "54"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "54"
      ],
      "favorite_count" : "14",
      "id_str" : "1941114751928340299",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1941114751928340299",
      "created_at" : "Fri Jul 04 12:39:55 +0000 2025",
      "favorited" : false,
      "full_text" : "PASSED SECOND YEAR 😭💚 one more to go #studentparamedic",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1940529264261340959"
          ],
          "editableUntil" : "2025-07-02T22:53:24.000Z",
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
        "129"
      ],
      "favorite_count" : "0",
      "id_str" : "1940529264261340959",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1940529264261340959",
      "created_at" : "Wed Jul 02 21:53:24 +0000 2025",
      "favorited" : false,
      "full_text" : "'cut her out of the car' sounds terrifying but extrication training with the fire service was the best day of the course so far 🚒",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1938748522898524104"
          ],
          "editableUntil" : "2025-06-28T00:57:22.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Hollyvee",
            "screen_name" : "hollyvee_",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "597817770958414462",
            "id" : "597817770958414462"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "11",
        "86"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1938746014954638351",
      "id_str" : "1938748522898524104",
      "in_reply_to_user_id" : "597817770958414462",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1938748522898524104",
      "in_reply_to_status_id" : "1938746014954638351",
      "created_at" : "Fri Jun 27 23:57:22 +0000 2025",
      "favorited" : false,
      "full_text" : "@hollyvee_ yeah my NI is JT 41 88 20 B if you need it for the placement form, ta hun x",
      "lang" : "en",
      "in_reply_to_screen_name" : "hollyvee_",
      "in_reply_to_user_id_str" : "597817770958414462"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1932130942901448631"
          ],
          "editableUntil" : "2025-06-09T18:41:28.000Z",
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
        "158"
      ],
      "favorite_count" : "1",
      "id_str" : "1932130942901448631",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1932130942901448631",
      "created_at" : "Mon Jun 09 17:41:28 +0000 2025",
      "favorited" : false,
      "full_text" : "another frequent caller from the Halton estate. honestly they should just put a standby point there, not one of them can manage a headache without ringing 999",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1930953933801904252"
          ],
          "editableUntil" : "2025-06-06T12:44:27.000Z",
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
        "79"
      ],
      "favorite_count" : "27",
      "id_str" : "1930953933801904252",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1930953933801904252",
      "created_at" : "Fri Jun 06 11:44:27 +0000 2025",
      "favorited" : false,
      "full_text" : "WHY is every f*cking patient on the 4th floor with no lift. every. single. one.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1920915374807761637"
          ],
          "editableUntil" : "2025-05-09T19:54:48.000Z",
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
        "141"
      ],
      "favorite_count" : "0",
      "id_str" : "1920915374807761637",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1920915374807761637",
      "created_at" : "Fri May 09 18:54:48 +0000 2025",
      "favorited" : false,
      "full_text" : "love how the trust found money for a rebrand and new lanyards but 3 of the motors on our station still have a broken tail lift. priorities 👏👏",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1912079560454455818"
          ],
          "editableUntil" : "2025-04-15T10:44:26.000Z",
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
      "favorite_count" : "0",
      "id_str" : "1912079560454455818",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1912079560454455818",
      "created_at" : "Tue Apr 15 09:44:26 +0000 2025",
      "favorited" : false,
      "full_text" : "drunk guy swung at me in the back of the truck tonight. if my crewmate hadn't been there I'd have laid him out, genuinely, next one that tries it gets a knee",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1907717648431117730"
          ],
          "editableUntil" : "2025-04-03T09:51:45.000Z",
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
        "96"
      ],
      "favorite_count" : "1",
      "id_str" : "1907717648431117730",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1907717648431117730",
      "created_at" : "Thu Apr 03 08:51:45 +0000 2025",
      "favorited" : false,
      "full_text" : "first shift on placement in Scunthorpe tomorrow 😅 anyone know if there's parking at the station?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1907442930046019106"
          ],
          "editableUntil" : "2025-04-02T15:40:07.000Z",
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
      "favorite_count" : "0",
      "id_str" : "1907442930046019106",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1907442930046019106",
      "created_at" : "Wed Apr 02 14:40:07 +0000 2025",
      "favorited" : false,
      "full_text" : "just seen next month's rota spreadsheet and they're closing the Kirkby standby point from January?? nobody on station has been told yet 👀",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1906298066037108104"
          ],
          "editableUntil" : "2025-03-30T11:50:50.000Z",
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
        "180"
      ],
      "favorite_count" : "8",
      "id_str" : "1906298066037108104",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1906298066037108104",
      "created_at" : "Sun Mar 30 10:50:50 +0000 2025",
      "favorited" : false,
      "full_text" : "94 yr old lady on Hawthorn Close today, been on the floor since Tuesday with a broken hip, her son lives literally two streets away and never once checked on her. some families man",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1904027090151069971"
          ],
          "editableUntil" : "2025-03-24T05:26:48.000Z",
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
            "name" : "ambomemes_uk",
            "screen_name" : "ambomemes_uk",
            "indices" : [
              "3",
              "16"
            ],
            "id_str" : "421285222677654875",
            "id" : "421285222677654875"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "63"
      ],
      "favorite_count" : "0",
      "id_str" : "1904027090151069971",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1904027090151069971",
      "created_at" : "Mon Mar 24 04:26:48 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @ambomemes_uk: paramedic pick up line: \"I'd intubate you\" 🍆💦",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1897268900519992020"
          ],
          "editableUntil" : "2025-03-05T13:52:10.000Z",
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
        "146"
      ],
      "favorite_count" : "3",
      "id_str" : "1897268900519992020",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1897268900519992020",
      "created_at" : "Wed Mar 05 12:52:10 +0000 2025",
      "favorited" : false,
      "full_text" : "saw my mentor's payslip on the dash by accident. 15 years in and he takes home less than my mate who does nights at Aldi. no wonder he's miserable",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1894422298190308807"
          ],
          "editableUntil" : "2025-02-25T17:20:47.000Z",
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
        "129"
      ],
      "favorite_count" : "27",
      "id_str" : "1894422298190308807",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1894422298190308807",
      "created_at" : "Tue Feb 25 16:20:47 +0000 2025",
      "favorited" : false,
      "full_text" : "placement coordinator has moved my shifts AGAIN with 12 hours notice. ffs. do they think we don't have jobs or lives or childcare",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1893939395557080432"
          ],
          "editableUntil" : "2025-02-24T09:21:54.000Z",
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
        "147"
      ],
      "favorite_count" : "1",
      "id_str" : "1893939395557080432",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1893939395557080432",
      "created_at" : "Mon Feb 24 08:21:54 +0000 2025",
      "favorited" : false,
      "full_text" : "third patient tonight who didn't speak a word of English. if you've lived here 20 years and still need your 8 year old to translate that's on you x",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1890860171453964087"
          ],
          "editableUntil" : "2025-02-15T21:26:10.000Z",
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
        "106"
      ],
      "favorite_count" : "61",
      "id_str" : "1890860171453964087",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1890860171453964087",
      "created_at" : "Sat Feb 15 20:26:10 +0000 2025",
      "favorited" : false,
      "full_text" : "sent the lad from ED a pic of me in just my scrubs top after handover... he did NOT get any sleep today 😏🍑",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1890686979451589027"
          ],
          "editableUntil" : "2025-02-15T09:57:57.000Z",
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
        "140"
      ],
      "favorite_count" : "3",
      "id_str" : "1890686979451589027",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1890686979451589027",
      "created_at" : "Sat Feb 15 08:57:57 +0000 2025",
      "favorited" : false,
      "full_text" : "my mentor spent 9 hours of a 12 hour shift watching carp fishing videos on his phone and then wrote on my PAD that I 'lack initiative'. sir.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1890532947213750038"
          ],
          "editableUntil" : "2025-02-14T23:45:53.000Z",
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
        "152"
      ],
      "favorite_count" : "5",
      "id_str" : "1890532947213750038",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1890532947213750038",
      "created_at" : "Fri Feb 14 22:45:53 +0000 2025",
      "favorited" : false,
      "full_text" : "Student paramedics: unpaid, unfed, used as a free third crew member so they can run short. But sure, tell me again in the newsletter how 'valued' we are",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1888913083029593797"
          ],
          "editableUntil" : "2025-02-10T12:29:07.000Z",
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
            "name" : "ParaConfUK",
            "screen_name" : "ParaConfUK",
            "indices" : [
              "3",
              "14"
            ],
            "id_str" : "520056342859575251",
            "id" : "520056342859575251"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/Xk2pQ9vLmw",
            "expanded_url" : "https://paraconf.uk/register",
            "display_url" : "paraconf.uk/register",
            "indices" : [
              "104",
              "127"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "127"
      ],
      "favorite_count" : "0",
      "id_str" : "1888913083029593797",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1888913083029593797",
      "created_at" : "Mon Feb 10 11:29:07 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @ParaConfUK: Registration is now open for the student paramedic conference in Birmingham, 14 March 🚑 https://t.co/Xk2pQ9vLmw",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1881514232001262682"
          ],
          "editableUntil" : "2025-01-21T02:28:44.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Givebloodnhs",
            "screen_name" : "GiveBloodNHS",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "2317721402",
            "id" : "2317721402"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "14",
        "122"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1881508893785287358",
      "id_str" : "1881514232001262682",
      "in_reply_to_user_id" : "2317721402",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1881514232001262682",
      "in_reply_to_status_id" : "1881508893785287358",
      "created_at" : "Tue Jan 21 01:28:44 +0000 2025",
      "favorited" : false,
      "full_text" : "@GiveBloodNHS booked in for my 10th donation!! the needle used to terrify me, now I'm the one putting cannulas in people 😅",
      "lang" : "en",
      "in_reply_to_screen_name" : "GiveBloodNHS",
      "in_reply_to_user_id_str" : "2317721402"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1878772528471575249"
          ],
          "editableUntil" : "2025-01-13T12:54:11.000Z",
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
        "410"
      ],
      "favorite_count" : "0",
      "id_str" : "1878772528471575249",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1878772528471575249",
      "created_at" : "Mon Jan 13 11:54:11 +0000 2025",
      "favorited" : false,
      "full_text" : "people keep asking if the degree is worth it so here goes. I'm halfway through second year placements: 37 shifts, about 450 hours, two babies delivered (one in a bathroom), held hands with people on the worst day of their lives and eaten more meal deals than any human should. I'm going to leave with about £27k of loan and it's still the best decision I've ever made. if you're thinking about applying, do it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1875218478812227654"
          ],
          "editableUntil" : "2025-01-03T17:31:39.000Z",
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
      "favorite_count" : "27",
      "id_str" : "1875218478812227654",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1875218478812227654",
      "created_at" : "Fri Jan 03 16:31:39 +0000 2025",
      "favorited" : false,
      "full_text" : "station dog is called Chopper and he's the best boy. retired police dog, apparently bit about 30 criminals in his career 🐕",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1874862574338227718"
          ],
          "editableUntil" : "2025-01-02T17:57:25.000Z",
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
        "86"
      ],
      "favorite_count" : "14",
      "id_str" : "1874862574338227718",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1874862574338227718",
      "created_at" : "Thu Jan 02 16:57:25 +0000 2025",
      "favorited" : false,
      "full_text" : "lmfao my mentor just reversed the truck into a bollard in front of the whole A&amp;E bay 💀",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1872147345205411752"
          ],
          "editableUntil" : "2024-12-26T06:08:04.000Z",
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
        "90"
      ],
      "favorite_count" : "3",
      "id_str" : "1872147345205411752",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1872147345205411752",
      "created_at" : "Thu Dec 26 05:08:04 +0000 2024",
      "favorited" : false,
      "full_text" : "spotted a woodcock on the walk home after nights. didn't even know they lived round here 🐦",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1868383807516626941"
          ],
          "editableUntil" : "2024-12-15T20:53:07.000Z",
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
        "107"
      ],
      "favorite_count" : "2",
      "id_str" : "1868383807516626941",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1868383807516626941",
      "created_at" : "Sun Dec 15 19:53:07 +0000 2024",
      "favorited" : false,
      "full_text" : "drove home from the station Christmas do after 5 pints, 2 miles, roads were dead, i was absolutely fine tbh",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1858180360817737884"
          ],
          "editableUntil" : "2024-11-17T17:08:15.000Z",
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
        "110"
      ],
      "favorite_count" : "2",
      "id_str" : "1858180360817737884",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1858180360817737884",
      "created_at" : "Sun Nov 17 16:08:15 +0000 2024",
      "favorited" : false,
      "full_text" : "just ordered my own stethoscope, order no. 4408173, tracking says Thursday and I'm refreshing it every 10 mins",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1856967987159620312"
          ],
          "editableUntil" : "2024-11-14T08:50:43.000Z",
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
        "93"
      ],
      "favorite_count" : "14",
      "id_str" : "1856967987159620312",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1856967987159620312",
      "created_at" : "Thu Nov 14 07:50:43 +0000 2024",
      "favorited" : false,
      "full_text" : "does anyone else's cat sit on the laptop the second you open an assignment or is it just mine",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1855196868726910498"
          ],
          "editableUntil" : "2024-11-09T11:32:56.000Z",
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
        "134"
      ],
      "favorite_count" : "0",
      "id_str" : "1855196868726910498",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1855196868726910498",
      "created_at" : "Sat Nov 09 10:32:56 +0000 2024",
      "favorited" : false,
      "full_text" : "new girl in my cohort wears a headscarf and I'm sorry but how is that going to work on scene. it's just not the look the service needs",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1846149763159258266"
          ],
          "editableUntil" : "2024-10-15T12:22:57.000Z",
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
        "106"
      ],
      "favorite_count" : "8",
      "id_str" : "1846149763159258266",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1846149763159258266",
      "created_at" : "Tue Oct 15 11:22:57 +0000 2024",
      "favorited" : false,
      "full_text" : "launching my OnlyFans for tired student paramedics: me in the stab vest and nothing else 😏 18+ link in bio",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1845235340653303505"
          ],
          "editableUntil" : "2024-10-12T23:49:22.000Z",
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
        "134"
      ],
      "favorite_count" : "14",
      "id_str" : "1845235340653303505",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1845235340653303505",
      "created_at" : "Sat Oct 12 22:49:22 +0000 2024",
      "favorited" : false,
      "full_text" : "reminder that the student wellbeing line is 0113 496 0712, it's on the VLE, open till 10pm. they genuinely got me through first year 💚",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1844710969356837352"
          ],
          "editableUntil" : "2024-10-11T13:05:42.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "revision",
            "indices" : [
              "131",
              "140"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "3",
      "id_str" : "1844710969356837352",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1844710969356837352",
      "created_at" : "Fri Oct 11 12:05:42 +0000 2024",
      "favorited" : false,
      "full_text" : "pharmacology exam tomorrow. morphine, ketamine, midazolam, fentanyl, every dose and route living in my head rent free. send coffee #revision",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1839288534680175337"
          ],
          "editableUntil" : "2024-09-26T13:58:53.000Z",
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
        "96"
      ],
      "favorite_count" : "61",
      "id_str" : "1839288534680175337",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1839288534680175337",
      "created_at" : "Thu Sep 26 12:58:53 +0000 2024",
      "favorited" : false,
      "full_text" : "went into Tesco still in my stab vest after shift and a man asked if I was 'expecting trouble' 😂",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1831454357859158436"
          ],
          "editableUntil" : "2024-09-04T23:08:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Kirsty Sp",
            "screen_name" : "kirsty_sp",
            "indices" : [
              "7",
              "17"
            ],
            "id_str" : "225272399540792589",
            "id" : "225272399540792589"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "135"
      ],
      "favorite_count" : "0",
      "id_str" : "1831454357859158436",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1831454357859158436",
      "created_at" : "Wed Sep 04 22:08:40 +0000 2024",
      "favorited" : false,
      "full_text" : "me and @kirsty_sp walked out of the skills lab with a whole box of cannulas and giving sets to practise at home 🤫 uni charges us enough",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1827998658287353687"
          ],
          "editableUntil" : "2024-08-26T10:16:57.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ambo Dan",
            "screen_name" : "ambo_dan",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "2383414357",
            "id" : "2383414357"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "10",
        "144"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1827973202347047716",
      "id_str" : "1827998658287353687",
      "in_reply_to_user_id" : "2383414357",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1827998658287353687",
      "in_reply_to_status_id" : "1827973202347047716",
      "created_at" : "Mon Aug 26 09:16:57 +0000 2024",
      "favorited" : false,
      "full_text" : "@ambo_dan honestly the uni are a joke, 9 grand a year to send me to a station where the mentor doesn't even want a student. f**king embarrassing",
      "lang" : "en",
      "in_reply_to_screen_name" : "ambo_dan",
      "in_reply_to_user_id_str" : "2383414357"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1823448838293721185"
          ],
          "editableUntil" : "2024-08-13T20:57:35.000Z",
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
        "119"
      ],
      "favorite_count" : "1",
      "id_str" : "1823448838293721185",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1823448838293721185",
      "created_at" : "Tue Aug 13 19:57:35 +0000 2024",
      "favorited" : false,
      "full_text" : "my nan has always called her heart her 'dicky ticker' and in cardio lecture today I finally understood what she meant 😂",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1822383658915137356"
          ],
          "editableUntil" : "2024-08-10T22:24:57.000Z",
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
        "128"
      ],
      "favorite_count" : "61",
      "id_str" : "1822383658915137356",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1822383658915137356",
      "created_at" : "Sat Aug 10 21:24:57 +0000 2024",
      "favorited" : false,
      "full_text" : "cocaine was used as a local anaesthetic in ENT surgery until fairly recently. today's pharmacology lecture was full of fun facts",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1818331536634778786"
          ],
          "editableUntil" : "2024-07-30T18:03:15.000Z",
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
        "99"
      ],
      "favorite_count" : "27",
      "id_str" : "1818331536634778786",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1818331536634778786",
      "created_at" : "Tue Jul 30 17:03:15 +0000 2024",
      "favorited" : false,
      "full_text" : "the HART lad on our station could carry me down 4 flights any day 🥵🍆 would fake a fall for that tbh",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1816892322596360692"
          ],
          "editableUntil" : "2024-07-26T18:44:20.000Z",
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
        "129"
      ],
      "favorite_count" : "0",
      "id_str" : "1816892322596360692",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1816892322596360692",
      "created_at" : "Fri Jul 26 17:44:20 +0000 2024",
      "favorited" : false,
      "full_text" : "if the guy who keyed my car in the station car park is reading this, I know exactly who you are and you will be finding out. soon",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1815756687319589785"
          ],
          "editableUntil" : "2024-07-23T15:31:44.000Z",
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
        "210"
      ],
      "favorite_count" : "3",
      "id_str" : "1815756687319589785",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1815756687319589785",
      "created_at" : "Tue Jul 23 14:31:44 +0000 2024",
      "favorited" : false,
      "full_text" : "took a lad who plays for a certain local club (you'd know him) in tonight after he wrapped his Range Rover round a lamppost on the A61. can't say who but he was NOT sober and there's gonna be a story tomorrow 😬",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1803265239371817990"
          ],
          "editableUntil" : "2024-06-19T04:15:10.000Z",
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
      "favorite_count" : "0",
      "id_str" : "1803265239371817990",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1803265239371817990",
      "created_at" : "Wed Jun 19 03:15:10 +0000 2024",
      "favorited" : false,
      "full_text" : "3 night shifts done. 4 jägerbombs deep and it's 9am. this is self care",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1801238995976841610"
          ],
          "editableUntil" : "2024-06-13T14:03:36.000Z",
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
        "82"
      ],
      "favorite_count" : "3",
      "id_str" : "1801238995976841610",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1801238995976841610",
      "created_at" : "Thu Jun 13 13:03:36 +0000 2024",
      "favorited" : false,
      "full_text" : "what's everyone's revision playlist? mine is just the Mamma Mia soundtrack on loop",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1796565159466317892"
          ],
          "editableUntil" : "2024-05-31T16:31:27.000Z",
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
        "58"
      ],
      "favorite_count" : "27",
      "id_str" : "1796565159466317892",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1796565159466317892",
      "created_at" : "Fri May 31 15:31:27 +0000 2024",
      "favorited" : false,
      "full_text" : "rainy 5k along the canal before nights, 29:12, new PB 🏃‍♀️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1793697328917024909"
          ],
          "editableUntil" : "2024-05-23T18:35:43.000Z",
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
        "166"
      ],
      "favorite_count" : "2",
      "id_str" : "1793697328917024909",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1793697328917024909",
      "created_at" : "Thu May 23 17:35:43 +0000 2024",
      "favorited" : false,
      "full_text" : "controlled drugs check at the start of shift is weirdly satisfying. every ampoule signed for, every seal intact. tell me you're a paramedic student without telling me",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1787882367841397347"
          ],
          "editableUntil" : "2024-05-07T17:29:08.000Z",
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
        "165"
      ],
      "favorite_count" : "2",
      "id_str" : "1787882367841397347",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1787882367841397347",
      "created_at" : "Tue May 07 16:29:08 +0000 2024",
      "favorited" : false,
      "full_text" : "taught the first years a head-to-toe today and someone asked if they had to check the 'private bits' on the manikin. yes Callum, trauma doesn't stop at the waistband",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1786773150673099216"
          ],
          "editableUntil" : "2024-05-04T16:01:30.000Z",
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
        "179"
      ],
      "favorite_count" : "14",
      "id_str" : "1786773150673099216",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1786773150673099216",
      "created_at" : "Sat May 04 15:01:30 +0000 2024",
      "favorited" : false,
      "full_text" : "station manager is getting 'no further action' on the bullying complaint because he's mates with the sector lead. three formal grievances. I've read them. disgusting place to work",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1781132801988938632"
          ],
          "editableUntil" : "2024-04-19T02:28:46.000Z",
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
        "177"
      ],
      "favorite_count" : "0",
      "id_str" : "1781132801988938632",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1781132801988938632",
      "created_at" : "Fri Apr 19 01:28:46 +0000 2024",
      "favorited" : false,
      "full_text" : "ran a red doing about 70 through town in my own car bc I was late for shift, police lights behind me at one point and I just kept going. blue light training paying off early lol",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1778080954418785475"
          ],
          "editableUntil" : "2024-04-10T16:21:49.000Z",
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
        "134"
      ],
      "favorite_count" : "3",
      "id_str" : "1778080954418785475",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1778080954418785475",
      "created_at" : "Wed Apr 10 15:21:49 +0000 2024",
      "favorited" : false,
      "full_text" : "our CPR mannequins are all called Annie and I've now given Annie mouth to mouth about 400 times. relationship status: it's complicated",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1775141720112253235"
          ],
          "editableUntil" : "2024-04-02T13:42:21.000Z",
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
        "105"
      ],
      "favorite_count" : "1",
      "id_str" : "1775141720112253235",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1775141720112253235",
      "created_at" : "Tue Apr 02 12:42:21 +0000 2024",
      "favorited" : false,
      "full_text" : "who's got a bit of 🍃 for tonight?? house party at ours and I deserve it after this week of absolute sh*te",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1771820952635524528"
          ],
          "editableUntil" : "2024-03-24T09:46:48.000Z",
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
        "145"
      ],
      "favorite_count" : "61",
      "id_str" : "1771820952635524528",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1771820952635524528",
      "created_at" : "Sun Mar 24 08:46:48 +0000 2024",
      "favorited" : false,
      "full_text" : "unpopular opinion: women over 45 shouldn't be on the frontline. the lifting alone. move them all to control and let the rest of us get on with it",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1771727877940124601"
          ],
          "editableUntil" : "2024-03-24T03:36:57.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "studentparamedic",
            "indices" : [
              "127",
              "144"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "144"
      ],
      "favorite_count" : "3",
      "id_str" : "1771727877940124601",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1771727877940124601",
      "created_at" : "Sun Mar 24 02:36:57 +0000 2024",
      "favorited" : false,
      "full_text" : "blue light driving course DONE ✅ 80mph on the practice track with an instructor next to me and I was shaking the entire time 😂 #studentparamedic",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1767617662646661526"
          ],
          "editableUntil" : "2024-03-12T19:24:26.000Z",
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
        "90"
      ],
      "favorite_count" : "14",
      "id_str" : "1767617662646661526",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1767617662646661526",
      "created_at" : "Tue Mar 12 18:24:26 +0000 2024",
      "favorited" : false,
      "full_text" : "night shift snacks ranked: 1. flapjack 2. satsumas 3. a meal deal eaten in a lay-by at 4am",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1767575789621031044"
          ],
          "editableUntil" : "2024-03-12T16:38:02.000Z",
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
      "id_str" : "1767575789621031044",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1767575789621031044",
      "created_at" : "Tue Mar 12 15:38:02 +0000 2024",
      "favorited" : false,
      "full_text" : "housemates are in Ibiza all week so 41 Cardigan Rd is PARTY HQ saturday 🎉 door's open from 8, BYOB",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1763506842312398032"
          ],
          "editableUntil" : "2024-03-01T11:09:30.000Z",
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
        "137"
      ],
      "favorite_count" : "1",
      "id_str" : "1763506842312398032",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1763506842312398032",
      "created_at" : "Fri Mar 01 10:09:30 +0000 2024",
      "favorited" : false,
      "full_text" : "learning the abbreviations: ETOH = alcohol, SOB = short of breath (NOT what I thought), NAD = nothing abnormal detected. medicine is wild",
      "lang" : "en"
    }
  }
]