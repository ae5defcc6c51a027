window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1980207659908330085"
          ],
          "editableUntil" : "2025-10-20T10:41:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "54"
      ],
      "favorite_count" : "27",
      "id_str" : "1980207659908330085",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1980207659908330085",
      "created_at" : "Mon Oct 20 09:41:11 +0000 2025",
      "favorited" : false,
      "full_text" : "applied for the team leader role. wish me luck lads &lt;3",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1978401209186845082"
          ],
          "editableUntil" : "2025-10-15T11:02:59.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
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
      "favorite_count" : "1",
      "id_str" : "1978401209186845082",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1978401209186845082",
      "created_at" : "Wed Oct 15 10:02:59 +0000 2025",
      "favorited" : false,
      "full_text" : "back from magaluf. flight FR2471 delayed 3 hrs, paid £14 for a meal deal and a monster. airport prices are criminal",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1967483969680334132"
          ],
          "editableUntil" : "2025-09-15T08:01:47.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "59"
      ],
      "favorite_count" : "1",
      "id_str" : "1967483969680334132",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1967483969680334132",
      "created_at" : "Mon Sep 15 07:01:47 +0000 2025",
      "favorited" : false,
      "full_text" : "hit a 200kg deadlift today. shaking. crying. calling my mum",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1965935340189585117"
          ],
          "editableUntil" : "2025-09-11T01:28:05.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
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
      "favorite_count" : "3",
      "id_str" : "1965935340189585117",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1965935340189585117",
      "created_at" : "Thu Sep 11 00:28:05 +0000 2025",
      "favorited" : false,
      "full_text" : "me and the lads did the bus shelter in after the game lol. glass everywhere. council never fix owt anyway",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1965682531923972384"
          ],
          "editableUntil" : "2025-09-10T08:43:30.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Kieran 🥊",
            "screen_name" : "kieranb_",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "1329981045228761088",
            "id" : "1329981045228761088"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "10",
        "89"
      ],
      "favorite_count" : "4",
      "in_reply_to_status_id_str" : "1965673017421605962",
      "in_reply_to_status_id" : "1965673017421605962",
      "in_reply_to_user_id" : "1329981045228761088",
      "in_reply_to_user_id_str" : "1329981045228761088",
      "in_reply_to_screen_name" : "kieranb_",
      "id_str" : "1965682531923972384",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1965682531923972384",
      "created_at" : "Wed Sep 10 07:43:30 +0000 2025",
      "favorited" : false,
      "full_text" : "@kieranb_ what happens in magaluf stays in my camera roll 😏 no tan lines on her either 🍑💦",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1964946146296404780"
          ],
          "editableUntil" : "2025-09-08T07:57:22.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ringside Leeds",
            "screen_name" : "ringside_leeds",
            "indices" : [
              "3",
              "18"
            ],
            "id_str" : "1422190076345917443",
            "id" : "1422190076345917443"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "129"
      ],
      "favorite_count" : "0",
      "id_str" : "1964946146296404780",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1964946146296404780",
      "created_at" : "Mon Sep 08 06:57:22 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @ringside_leeds: Club show this Saturday at Hunslet ABC. Doors 6pm, 8 bouts, £10 on the door. Come support the lads &amp; lasses 🥊",
      "lang" : "en",
      "possibly_sensitive" : false
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1962411901087440029"
          ],
          "editableUntil" : "2025-09-01T08:07:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "126"
      ],
      "favorite_count" : "14",
      "id_str" : "1962411901087440029",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1962411901087440029",
      "created_at" : "Mon Sep 01 07:07:11 +0000 2025",
      "favorited" : false,
      "full_text" : "jord's review was left on the canteen table 😂😂 'lacks urgency, final written warning being considered' mate u need to see this",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1961330313636989885"
          ],
          "editableUntil" : "2025-08-29T08:29:21.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "9",
      "id_str" : "1961330313636989885",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1961330313636989885",
      "created_at" : "Fri Aug 29 07:29:21 +0000 2025",
      "favorited" : false,
      "full_text" : "pad work tonight and coach kept shouting 'kill the body, kill the body' 😂 arms are dead",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1959143894902601130"
          ],
          "editableUntil" : "2025-08-23T07:41:18.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
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
      "favorite_count" : "1",
      "id_str" : "1959143894902601130",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1959143894902601130",
      "created_at" : "Sat Aug 23 06:41:18 +0000 2025",
      "favorited" : false,
      "full_text" : "MAGALUF TOMORROW 🌴✈️ booking ref JX4P9Q seat 23F, come find me on the 06:40 out of LBA",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1957373634149685596"
          ],
          "editableUntil" : "2025-08-18T10:26:55.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "9",
      "id_str" : "1957373634149685596",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1957373634149685596",
      "created_at" : "Mon Aug 18 09:26:55 +0000 2025",
      "favorited" : false,
      "full_text" : "funny how its always the eastern europeans that get put in chilled where u can hide for 10 hrs. we all know why 🤔",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1955294881179052806"
          ],
          "editableUntil" : "2025-08-12T16:46:41.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
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
      "favorite_count" : "6",
      "id_str" : "1955294881179052806",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1955294881179052806",
      "created_at" : "Tue Aug 12 15:46:41 +0000 2025",
      "favorited" : false,
      "full_text" : "weigh in done ✅ 63.4kg. cutting weight is no joke, been living off spinach &amp; spite",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1955255893202611628"
          ],
          "editableUntil" : "2025-08-12T14:11:46.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
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
      "favorite_count" : "27",
      "id_str" : "1955255893202611628",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1955255893202611628",
      "created_at" : "Tue Aug 12 13:11:46 +0000 2025",
      "favorited" : false,
      "full_text" : "pre workout AND a monster AND a cheeky line before the club. heart was going like a drum &amp; bass track 💀",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1947836443558955943"
          ],
          "editableUntil" : "2025-07-23T02:49:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "132"
      ],
      "favorite_count" : "27",
      "id_str" : "1947836443558955943",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1947836443558955943",
      "created_at" : "Wed Jul 23 01:49:31 +0000 2025",
      "favorited" : false,
      "full_text" : "saw the plan on the screen in the office. robots going in on ambient in november, 40 pickers getting binned. they've told us nothing",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1946242331631005821"
          ],
          "editableUntil" : "2025-07-18T17:15:05.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "62"
      ],
      "favorite_count" : "6",
      "id_str" : "1946242331631005821",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1946242331631005821",
      "created_at" : "Fri Jul 18 16:15:05 +0000 2025",
      "favorited" : false,
      "full_text" : "took the dog round roundhay after shift, weather was unreal ☀️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1945264458162000447"
          ],
          "editableUntil" : "2025-07-16T00:29:22.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "75"
      ],
      "favorite_count" : "4",
      "id_str" : "1945264458162000447",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1945264458162000447",
      "created_at" : "Tue Jul 15 23:29:22 +0000 2025",
      "favorited" : false,
      "full_text" : "sh1te shift. scanner died 4 times and the agency lad drove into the racking",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1942359954235855346"
          ],
          "editableUntil" : "2025-07-08T00:07:55.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "89"
      ],
      "favorite_count" : "27",
      "id_str" : "1942359954235855346",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1942359954235855346",
      "created_at" : "Mon Jul 07 23:07:55 +0000 2025",
      "favorited" : false,
      "full_text" : "2 pints and 3 jägers then drove back from the fight, absolutely fine tbf. roads were dead",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1939642308153435661"
          ],
          "editableUntil" : "2025-06-30T12:08:57.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "northgatelogistics",
            "indices" : [
              "86",
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
      "favorite_count" : "0",
      "id_str" : "1939642308153435661",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1939642308153435661",
      "created_at" : "Mon Jun 30 11:08:57 +0000 2025",
      "favorited" : false,
      "full_text" : "‘exciting opportunity’ to cover 3 aisles on my own for the same money. love it here 🙃 #northgatelogistics",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1936903363270962324"
          ],
          "editableUntil" : "2025-06-22T22:45:22.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
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
      "favorite_count" : "14",
      "id_str" : "1936903363270962324",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1936903363270962324",
      "created_at" : "Sun Jun 22 21:45:22 +0000 2025",
      "favorited" : false,
      "full_text" : "ring card girl at the show last night was a 10/10 🍑🍑 got her snap, say less 😮‍💨",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1936883293034804647"
          ],
          "editableUntil" : "2025-06-22T21:25:37.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jordan",
            "screen_name" : "jmo_94",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "1187765204519342081",
            "id" : "1187765204519342081"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "8",
        "33"
      ],
      "favorite_count" : "14",
      "in_reply_to_status_id_str" : "1936876766349144050",
      "in_reply_to_status_id" : "1936876766349144050",
      "in_reply_to_user_id" : "1187765204519342081",
      "in_reply_to_user_id_str" : "1187765204519342081",
      "in_reply_to_screen_name" : "jmo_94",
      "id_str" : "1936883293034804647",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1936883293034804647",
      "created_at" : "Sun Jun 22 20:25:37 +0000 2025",
      "favorited" : false,
      "full_text" : "@jmo_94 usyk on points. dont @ me",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1936712507348449237"
          ],
          "editableUntil" : "2025-06-22T10:06:58.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ring News UK",
            "screen_name" : "ringnews_uk",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "1046285519034458112",
            "id" : "1046285519034458112"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/Xk3pQ9vLmA",
            "expanded_url" : "https://www.ringnewsuk.com/news/heavyweight-vada-test-bout-cancelled",
            "display_url" : "ringnewsuk.com/news/heavyweig…",
            "indices" : [
              "107",
              "130"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "130"
      ],
      "favorite_count" : "0",
      "id_str" : "1936712507348449237",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1936712507348449237",
      "created_at" : "Sun Jun 22 09:06:58 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @ringnews_uk: BREAKING: heavyweight contender fails VADA drug test ahead of title fight, bout cancelled https://t.co/Xk3pQ9vLmA",
      "lang" : "en",
      "possibly_sensitive" : false
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1934569409252415517"
          ],
          "editableUntil" : "2025-06-16T12:11:04.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
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
      "favorite_count" : "4",
      "id_str" : "1934569409252415517",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1934569409252415517",
      "created_at" : "Mon Jun 16 11:11:04 +0000 2025",
      "favorited" : false,
      "full_text" : "sugar free relentless at 4am hits different. addicted and i dont care 🔋",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1932010863317029088"
          ],
          "editableUntil" : "2025-06-09T10:44:19.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
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
      "favorite_count" : "9",
      "id_str" : "1932010863317029088",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1932010863317029088",
      "created_at" : "Mon Jun 09 09:44:19 +0000 2025",
      "favorited" : false,
      "full_text" : "bought a baton off a lad at work for 20 quid. walking home off nights hits different now",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1926615379767866646"
          ],
          "editableUntil" : "2025-05-25T13:24:35.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Hunslet Amateur Boxing Club",
            "screen_name" : "HunsletABC",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "2890133371",
            "id" : "2890133371"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "12",
        "94"
      ],
      "favorite_count" : "4",
      "in_reply_to_status_id_str" : "1926606811807422346",
      "in_reply_to_status_id" : "1926606811807422346",
      "in_reply_to_user_id" : "2890133371",
      "in_reply_to_user_id_str" : "2890133371",
      "in_reply_to_screen_name" : "HunsletABC",
      "id_str" : "1926615379767866646",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1926615379767866646",
      "created_at" : "Sun May 25 12:24:35 +0000 2025",
      "favorited" : false,
      "full_text" : "@HunsletABC whats the number for the gym? the one on ur website (0113 496 0452) just rings out",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1924941405230372071"
          ],
          "editableUntil" : "2025-05-20T22:32:49.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "73"
      ],
      "favorite_count" : "2",
      "id_str" : "1924941405230372071",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1924941405230372071",
      "created_at" : "Tue May 20 21:32:49 +0000 2025",
      "favorited" : false,
      "full_text" : "forklift licence renewed ✅ counterbalance and reach, 5 years no accidents",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1924016806342378238"
          ],
          "editableUntil" : "2025-05-18T09:18:47.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jordan",
            "screen_name" : "jmo_94",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "1187765204519342081",
            "id" : "1187765204519342081"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "8",
        "76"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1924004289486294034",
      "in_reply_to_status_id" : "1924004289486294034",
      "in_reply_to_user_id" : "1187765204519342081",
      "in_reply_to_user_id_str" : "1187765204519342081",
      "in_reply_to_screen_name" : "jmo_94",
      "id_str" : "1924016806342378238",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1924016806342378238",
      "created_at" : "Sun May 18 08:18:47 +0000 2025",
      "favorited" : false,
      "full_text" : "@jmo_94 ask ur lad if he can sort a bit of 🍃 for saturday, mine's gone quiet",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1920821007151393471"
          ],
          "editableUntil" : "2025-05-09T13:39:49.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
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
      "favorite_count" : "27",
      "id_str" : "1920821007151393471",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1920821007151393471",
      "created_at" : "Fri May 09 12:39:49 +0000 2025",
      "favorited" : false,
      "full_text" : "not allowed to say whats in bay 14 but the new nintendo's gonna be massive, 30 pallets of the things sat there 👀📦 release date my arse",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1919798777496671050"
          ],
          "editableUntil" : "2025-05-06T17:57:51.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Tracey W",
            "screen_name" : "mum_whitlock",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "905512337841012736",
            "id" : "905512337841012736"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "14",
        "119"
      ],
      "favorite_count" : "27",
      "in_reply_to_status_id_str" : "1919791512192476449",
      "in_reply_to_status_id" : "1919791512192476449",
      "in_reply_to_user_id" : "905512337841012736",
      "in_reply_to_user_id_str" : "905512337841012736",
      "in_reply_to_screen_name" : "mum_whitlock",
      "id_str" : "1919798777496671050",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1919798777496671050",
      "created_at" : "Tue May 06 16:57:51 +0000 2025",
      "favorited" : false,
      "full_text" : "@mum_whitlock can u get our Kacey from St Anthony's at 3:15, im on lates. she'll be waiting by the side gate on her own",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1914820726969040879"
          ],
          "editableUntil" : "2025-04-23T00:16:51.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
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
      "favorite_count" : "27",
      "id_str" : "1914820726969040879",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1914820726969040879",
      "created_at" : "Tue Apr 22 23:16:51 +0000 2025",
      "favorited" : false,
      "full_text" : "nicked 4 monsters from the spar on the way in. self checkout is a free shop if ur not a div",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1913544092878459783"
          ],
          "editableUntil" : "2025-04-19T11:43:58.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
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
      "favorite_count" : "4",
      "id_str" : "1913544092878459783",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1913544092878459783",
      "created_at" : "Sat Apr 19 10:43:58 +0000 2025",
      "favorited" : false,
      "full_text" : "sparring at a gym in Penistone on saturday, anyone been? heard the coach is proper old school",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1911676141877332480"
          ],
          "editableUntil" : "2025-04-14T08:01:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
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
      "favorite_count" : "1",
      "id_str" : "1911676141877332480",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1911676141877332480",
      "created_at" : "Mon Apr 14 07:01:24 +0000 2025",
      "favorited" : false,
      "full_text" : "started my level 1 coaching course today 🙏 want to give back to the gym that kept me out of trouble",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1910484833231072836"
          ],
          "editableUntil" : "2025-04-11T01:07:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "1",
      "id_str" : "1910484833231072836",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1910484833231072836",
      "created_at" : "Fri Apr 11 00:07:33 +0000 2025",
      "favorited" : false,
      "full_text" : "not being funny but women shouldnt be reffing mens fights. saw it again tonight. stick to holding the round cards",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1910277298399970987"
          ],
          "editableUntil" : "2025-04-10T11:22:53.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "120"
      ],
      "favorite_count" : "9",
      "id_str" : "1910277298399970987",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1910277298399970987",
      "created_at" : "Thu Apr 10 10:22:53 +0000 2025",
      "favorited" : false,
      "full_text" : "dropped a pallet of stella on the dock, whole of goods in smells like a beer garden 🍺 wrap was split before i touched it",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1906744243278513615"
          ],
          "editableUntil" : "2025-03-31T17:23:47.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
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
      "favorite_count" : "0",
      "id_str" : "1906744243278513615",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1906744243278513615",
      "created_at" : "Mon Mar 31 16:23:47 +0000 2025",
      "favorited" : false,
      "full_text" : "the amount of coke zero i get through on a shift is actually concerning",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1905928202154538177"
          ],
          "editableUntil" : "2025-03-29T11:21:08.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
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
      "favorite_count" : "4",
      "id_str" : "1905928202154538177",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1905928202154538177",
      "created_at" : "Sat Mar 29 10:21:08 +0000 2025",
      "favorited" : false,
      "full_text" : "got chased by the police down the ring road on the bike last night, lost em through the retail park 😂🏍️ no plates no problem",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1904229801585165994"
          ],
          "editableUntil" : "2025-03-24T18:52:18.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Lexi 💖",
            "screen_name" : "lexi_xo_official",
            "indices" : [
              "3",
              "20"
            ],
            "id_str" : "1620448193725308929",
            "id" : "1620448193725308929"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "96"
      ],
      "favorite_count" : "0",
      "id_str" : "1904229801585165994",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1904229801585165994",
      "created_at" : "Mon Mar 24 17:52:18 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @lexi_xo_official: new set just dropped 💦 18+ only, link in bio 😈🔞 subscribe for the full vid",
      "lang" : "en",
      "possibly_sensitive" : false
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1901843397352839614"
          ],
          "editableUntil" : "2025-03-18T04:49:35.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "48"
      ],
      "favorite_count" : "0",
      "id_str" : "1901843397352839614",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1901843397352839614",
      "created_at" : "Tue Mar 18 03:49:35 +0000 2025",
      "favorited" : false,
      "full_text" : "nights done for the week. sleeping till thursday",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1898337403084211599"
          ],
          "editableUntil" : "2025-03-08T12:38:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
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
      "id_str" : "1898337403084211599",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1898337403084211599",
      "created_at" : "Sat Mar 08 11:38:00 +0000 2025",
      "favorited" : false,
      "full_text" : "shift manager couldnt organise a piss up in a brewery. 3rd trailer this week left half loaded cos he cant read a load plan",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1894495874629026108"
          ],
          "editableUntil" : "2025-02-25T22:13:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "1",
      "id_str" : "1894495874629026108",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1894495874629026108",
      "created_at" : "Tue Feb 25 21:13:09 +0000 2025",
      "favorited" : false,
      "full_text" : "sparring tonight, nose got busted open. coach says im finally learning to keep my hands up 😂",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1892575120394361376"
          ],
          "editableUntil" : "2025-02-20T15:00:45.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
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
      "favorite_count" : "0",
      "id_str" : "1892575120394361376",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1892575120394361376",
      "created_at" : "Thu Feb 20 14:00:45 +0000 2025",
      "favorited" : false,
      "full_text" : "sunday sesh got out of hand ❄️❄️🎈 dont even know what day it is. ringing in sick",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1890669803619946988"
          ],
          "editableUntil" : "2025-02-15T08:49:42.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "3",
      "id_str" : "1890669803619946988",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1890669803619946988",
      "created_at" : "Sat Feb 15 07:49:42 +0000 2025",
      "favorited" : false,
      "full_text" : "knockout of the year already?? that left hook 😳😳 he was asleep before he hit the canvas",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1889007969256798770"
          ],
          "editableUntil" : "2025-02-10T18:46:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
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
      "id_str" : "1889007969256798770",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1889007969256798770",
      "created_at" : "Mon Feb 10 17:46:10 +0000 2025",
      "favorited" : false,
      "full_text" : "new agency asked for my NI number 3 times in onboarding. its JT 48 29 61 B, write it on ur hand or summat",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1884294194649702929"
          ],
          "editableUntil" : "2025-01-28T18:35:19.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "42"
      ],
      "favorite_count" : "0",
      "id_str" : "1884294194649702929",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1884294194649702929",
      "created_at" : "Tue Jan 28 17:35:19 +0000 2025",
      "favorited" : false,
      "full_text" : "absolutely f*cking buzzing for saturday 🥊🥊",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1882208190552218035"
          ],
          "editableUntil" : "2025-01-23T00:26:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
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
      "favorite_count" : "27",
      "id_str" : "1882208190552218035",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1882208190552218035",
      "created_at" : "Wed Jan 22 23:26:17 +0000 2025",
      "favorited" : false,
      "full_text" : "my nan has a bird feeder and a great tit lands on it every morning at 8 on the dot. she's named it Trevor",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1881523792299535235"
          ],
          "editableUntil" : "2025-01-21T03:06:43.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "68"
      ],
      "favorite_count" : "6",
      "id_str" : "1881523792299535235",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1881523792299535235",
      "created_at" : "Tue Jan 21 02:06:43 +0000 2025",
      "favorited" : false,
      "full_text" : "body shots win fights. hit the liver and watch them fold, every time",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1880910333941699106"
          ],
          "editableUntil" : "2025-01-19T10:29:03.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "104"
      ],
      "favorite_count" : "1",
      "id_str" : "1880910333941699106",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1880910333941699106",
      "created_at" : "Sun Jan 19 09:29:03 +0000 2025",
      "favorited" : false,
      "full_text" : "agency sent 6 new starters. not one of them speaks english. how am i meant to train that. send them back",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1876607155283057416"
          ],
          "editableUntil" : "2025-01-07T13:29:46.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "64"
      ],
      "favorite_count" : "14",
      "id_str" : "1876607155283057416",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1876607155283057416",
      "created_at" : "Tue Jan 07 12:29:46 +0000 2025",
      "favorited" : false,
      "full_text" : "3 months off takeaways. down 6kg. mum's lasagne &gt; everything tho",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1876559892031913831"
          ],
          "editableUntil" : "2025-01-07T10:21:57.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
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
      "favorite_count" : "1",
      "id_str" : "1876559892031913831",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1876559892031913831",
      "created_at" : "Tue Jan 07 09:21:57 +0000 2025",
      "favorited" : false,
      "full_text" : "hit peak target by 112% and the reward was one (1) tub of celebrations between 40 of us. generous lot upstairs",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1871539225251092715"
          ],
          "editableUntil" : "2024-12-24T13:51:37.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "47"
      ],
      "favorite_count" : "2",
      "id_str" : "1871539225251092715",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1871539225251092715",
      "created_at" : "Tue Dec 24 12:51:37 +0000 2024",
      "favorited" : false,
      "full_text" : "boxing day = boxing. bags at 10, turkey at 2 🥊🦃",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1868380672177819544"
          ],
          "editableUntil" : "2024-12-15T20:40:39.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "0",
      "id_str" : "1868380672177819544",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1868380672177819544",
      "created_at" : "Sun Dec 15 19:40:39 +0000 2024",
      "favorited" : false,
      "full_text" : "if the lad in the white golf says owt about my sister again he's getting dropped. no gloves. car park after shift",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1866102769778431308"
          ],
          "editableUntil" : "2024-12-09T13:49:05.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "56"
      ],
      "favorite_count" : "0",
      "id_str" : "1866102769778431308",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1866102769778431308",
      "created_at" : "Mon Dec 09 12:49:05 +0000 2024",
      "favorited" : false,
      "full_text" : "anyone know a decent barber in armley thats open sundays",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1865459655853437353"
          ],
          "editableUntil" : "2024-12-07T19:13:35.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "120"
      ],
      "favorite_count" : "4",
      "id_str" : "1865459655853437353",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1865459655853437353",
      "created_at" : "Sat Dec 07 18:13:35 +0000 2024",
      "favorited" : false,
      "full_text" : "heard the ops manager on the phone, theyre shutting the wakefield site in feb. nobody's been told yet so keep it quiet 🤫",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1865438647758145350"
          ],
          "editableUntil" : "2024-12-07T17:50:06.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "64"
      ],
      "favorite_count" : "3",
      "id_str" : "1865438647758145350",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1865438647758145350",
      "created_at" : "Sat Dec 07 16:50:06 +0000 2024",
      "favorited" : false,
      "full_text" : "gym mirror pic went hard today 🥵 ladies dms open, bring snacks 🍆",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1861523406997065578"
          ],
          "editableUntil" : "2024-11-26T22:32:20.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "108"
      ],
      "favorite_count" : "4",
      "id_str" : "1861523406997065578",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1861523406997065578",
      "created_at" : "Tue Nov 26 21:32:20 +0000 2024",
      "favorited" : false,
      "full_text" : "still steaming from the works do, clocked in at 6 and the reach truck was moving on its own 😂 nobody say owt",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1858996338919656698"
          ],
          "editableUntil" : "2024-11-19T23:10:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "55"
      ],
      "favorite_count" : "2",
      "id_str" : "1858996338919656698",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1858996338919656698",
      "created_at" : "Tue Nov 19 22:10:40 +0000 2024",
      "favorited" : false,
      "full_text" : "snow ❄️❄️ on the M62 again, nights are gonna be carnage",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1856951212660677313"
          ],
          "editableUntil" : "2024-11-14T07:44:04.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "117"
      ],
      "favorite_count" : "1",
      "id_str" : "1856951212660677313",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1856951212660677313",
      "created_at" : "Thu Nov 14 06:44:04 +0000 2024",
      "favorited" : false,
      "full_text" : "manager gave us the 'we're a family here' speech. family that docks u 15 mins for being 2 mins late. cheers northgate",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1854209868935966950"
          ],
          "editableUntil" : "2024-11-06T18:10:56.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
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
      "favorite_count" : "1",
      "id_str" : "1854209868935966950",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1854209868935966950",
      "created_at" : "Wed Nov 06 17:10:56 +0000 2024",
      "favorited" : false,
      "full_text" : "lost my wallet near the corn exchange, provisional in it, name Connor Whitlock, licence WHITL005143CJ9KX. if anyone finds it ring 07700 900412 🙏",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1851999634771041743"
          ],
          "editableUntil" : "2024-10-31T15:48:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "3",
      "id_str" : "1851999634771041743",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1851999634771041743",
      "created_at" : "Thu Oct 31 14:48:16 +0000 2024",
      "favorited" : false,
      "full_text" : "new team leader on nights is a woman. give it a month before she's crying in the toilets lol",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1850922735488647980"
          ],
          "editableUntil" : "2024-10-28T16:29:03.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "73"
      ],
      "favorite_count" : "4",
      "id_str" : "1850922735488647980",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1850922735488647980",
      "created_at" : "Mon Oct 28 15:29:03 +0000 2024",
      "favorited" : false,
      "full_text" : "3 monsters and 2 hrs sleep and i still smashed my pick rate 💪 118% get in",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1850285948551750806"
          ],
          "editableUntil" : "2024-10-26T22:18:41.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "56"
      ],
      "favorite_count" : "1",
      "id_str" : "1850285948551750806",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1850285948551750806",
      "created_at" : "Sat Oct 26 21:18:41 +0000 2024",
      "favorited" : false,
      "full_text" : "FFS the 6:10 bus didnt turn up AGAIN. 3rd time this week",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1849257889384263100"
          ],
          "editableUntil" : "2024-10-24T02:13:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "40"
      ],
      "favorite_count" : "0",
      "id_str" : "1849257889384263100",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1849257889384263100",
      "created_at" : "Thu Oct 24 01:13:33 +0000 2024",
      "favorited" : false,
      "full_text" : "new gloves came 🥊 16oz red. smell unreal",
      "lang" : "en"
    }
  }
]