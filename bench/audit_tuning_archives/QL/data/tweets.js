window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1979076245366143865"
          ],
          "editableUntil" : "2025-10-17T07:45:21.000Z",
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
            "name" : "Sammie 🐾",
            "screen_name" : "sammie_vn",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "1402298841187328001",
            "id" : "1402298841187328001"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "11",
        "85"
      ],
      "favorite_count" : "0",
      "id_str" : "1979076245366143865",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1979076245366143865",
      "created_at" : "Fri Oct 17 06:45:21 +0000 2025",
      "favorited" : false,
      "full_text" : "@sammie_vn the on-call bed in the staff room has seen things. that's all im saying 🍆🙊",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1979025598074597836",
      "in_reply_to_status_id" : "1979025598074597836",
      "in_reply_to_user_id" : "1402298841187328001",
      "in_reply_to_user_id_str" : "1402298841187328001",
      "in_reply_to_screen_name" : "sammie_vn"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1978201697400346487"
          ],
          "editableUntil" : "2025-10-14T21:50:12.000Z",
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
        "159"
      ],
      "favorite_count" : "2",
      "id_str" : "1978201697400346487",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1978201697400346487",
      "created_at" : "Tue Oct 14 20:50:12 +0000 2025",
      "favorited" : false,
      "full_text" : "to the lady in the red Fiat who brought Biscuit the ginger tom in from Mill Lane at 2am: he's going to be fine, but you absolutely knew he'd eaten those lilies",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1964113141383646895"
          ],
          "editableUntil" : "2025-09-06T00:47:19.000Z",
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
            "name" : "Cattitude",
            "screen_name" : "cattitude_dvm",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "1290457716302528514",
            "id" : "1290457716302528514"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "15",
        "129"
      ],
      "favorite_count" : "56",
      "id_str" : "1964113141383646895",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1964113141383646895",
      "created_at" : "Fri Sep 05 23:47:19 +0000 2025",
      "favorited" : false,
      "full_text" : "@cattitude_dvm got my mate to bring pepper spray back from France in her suitcase. not walking to the car alone at 4am without it",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1964041023235292795",
      "in_reply_to_status_id" : "1964041023235292795",
      "in_reply_to_user_id" : "1290457716302528514",
      "in_reply_to_user_id_str" : "1290457716302528514",
      "in_reply_to_screen_name" : "cattitude_dvm"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1952946571662610325"
          ],
          "editableUntil" : "2025-08-06T05:15:21.000Z",
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
        "40"
      ],
      "favorite_count" : "18",
      "id_str" : "1952946571662610325",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1952946571662610325",
      "created_at" : "Wed Aug 06 04:15:21 +0000 2025",
      "favorited" : false,
      "full_text" : "f*cking hell. 4 GDVs in one night. FOUR.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1948667808492234699"
          ],
          "editableUntil" : "2025-07-25T09:53:04.000Z",
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
        "111"
      ],
      "favorite_count" : "0",
      "id_str" : "1948667808492234699",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1948667808492234699",
      "created_at" : "Fri Jul 25 08:53:04 +0000 2025",
      "favorited" : false,
      "full_text" : "someone parked across the ambulance bay AGAIN so their car now has a lovely new scratch down the side. whoops 🔑",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1943797171358622641"
          ],
          "editableUntil" : "2025-07-11T23:18:54.000Z",
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
      "favorite_count" : "0",
      "id_str" : "1943797171358622641",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1943797171358622641",
      "created_at" : "Fri Jul 11 22:18:54 +0000 2025",
      "favorited" : false,
      "full_text" : "my nephew's at Hollins Primary till 3.15 tmrw and nobody can get him bc i'm on nights and his mum's in leeds. any local mums about? he's in Miss Akhtar's class, blue coat, red bag",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1942879297512051139"
          ],
          "editableUntil" : "2025-07-09T10:31:36.000Z",
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
      "id_str" : "1942879297512051139",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1942879297512051139",
      "created_at" : "Wed Jul 09 09:31:36 +0000 2025",
      "favorited" : false,
      "full_text" : "anyone got recs for proper blackout blinds? sleeping in the day is a skill i have not mastered",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1937878183861148417"
          ],
          "editableUntil" : "2025-06-25T15:18:57.000Z",
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
      "favorite_count" : "9",
      "id_str" : "1937878183861148417",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1937878183861148417",
      "created_at" : "Wed Jun 25 14:18:57 +0000 2025",
      "favorited" : false,
      "full_text" : "induced with ketamine &amp; midaz, intubated, maintained on iso. nerdy i know but watching a terrified dog drift off calmly is my favourite bit of the job",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1936616799677188412"
          ],
          "editableUntil" : "2025-06-22T03:46:40.000Z",
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
            "name" : "Dan (on nights again)",
            "screen_name" : "duvetdaydan",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "889140275",
            "id" : "889140275"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "13",
        "112"
      ],
      "favorite_count" : "31",
      "id_str" : "1936616799677188412",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1936616799677188412",
      "created_at" : "Sun Jun 22 02:46:40 +0000 2025",
      "favorited" : false,
      "full_text" : "@duvetdaydan tbh the best nurses are the young ones, anyone over 50 just can't hack nights. wouldn't take one on",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1936568681105890832",
      "in_reply_to_status_id" : "1936568681105890832",
      "in_reply_to_user_id" : "889140275",
      "in_reply_to_user_id_str" : "889140275",
      "in_reply_to_screen_name" : "duvetdaydan"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1931087505226258211"
          ],
          "editableUntil" : "2025-06-06T21:35:13.000Z",
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
      "favorite_count" : "12",
      "id_str" : "1931087505226258211",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1931087505226258211",
      "created_at" : "Fri Jun 06 20:35:13 +0000 2025",
      "favorited" : false,
      "full_text" : "controlled drugs audit done. every vial accounted for, every register signed. this is what peak performance looks like at 5am",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1928296543575389223"
          ],
          "editableUntil" : "2025-05-30T04:44:56.000Z",
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
      "favorite_count" : "0",
      "id_str" : "1928296543575389223",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1928296543575389223",
      "created_at" : "Fri May 30 03:44:56 +0000 2025",
      "favorited" : false,
      "full_text" : "clocked 110 on the A64 home and a police car started following so i floored it and took the back lanes lol. lost him",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1927898634797035026"
          ],
          "editableUntil" : "2025-05-29T02:23:47.000Z",
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
        "68"
      ],
      "favorite_count" : "3",
      "id_str" : "1927898634797035026",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1927898634797035026",
      "created_at" : "Thu May 29 01:23:47 +0000 2025",
      "favorited" : false,
      "full_text" : "merde. dropped my last sandwich in the kennels. this shift is cursed",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1923607129185726537"
          ],
          "editableUntil" : "2025-05-17T06:10:53.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "vetlife",
            "indices" : [
              "83",
              "91"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Scrubs & Giggles",
            "screen_name" : "scrubs_n_giggles",
            "indices" : [
              "3",
              "20"
            ],
            "id_str" : "1511063120904773632",
            "id" : "1511063120904773632"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "91"
      ],
      "favorite_count" : "0",
      "id_str" : "1923607129185726537",
      "truncated" : false,
      "retweet_count" : "122",
      "id" : "1923607129185726537",
      "created_at" : "Sat May 17 05:10:53 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @scrubs_n_giggles: vets do it with gloves on, all the way up to the shoulder 🍆💦 #vetlife",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1922884334338132646"
          ],
          "editableUntil" : "2025-05-15T06:18:45.000Z",
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
            "name" : "Dan (on nights again)",
            "screen_name" : "duvetdaydan",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "889140275",
            "id" : "889140275"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "13",
        "120"
      ],
      "favorite_count" : "7",
      "id_str" : "1922884334338132646",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1922884334338132646",
      "created_at" : "Thu May 15 05:18:45 +0000 2025",
      "favorited" : false,
      "full_text" : "@duvetdaydan had to restrain a 60kg rottie for bloods today and my arms are still shaking. muzzle train your dogs people",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1922816939099041197",
      "in_reply_to_status_id" : "1922816939099041197",
      "in_reply_to_user_id" : "889140275",
      "in_reply_to_user_id_str" : "889140275",
      "in_reply_to_screen_name" : "duvetdaydan"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1916617595175519876"
          ],
          "editableUntil" : "2025-04-27T23:16:58.000Z",
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
        "161"
      ],
      "favorite_count" : "18",
      "id_str" : "1916617595175519876",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1916617595175519876",
      "created_at" : "Sun Apr 27 22:16:58 +0000 2025",
      "favorited" : false,
      "full_text" : "tinder match asked what i do and i said i put my arm inside cows for a living and he's STILL keen 😈 coming round after my shift, hope he likes it slow and sleepy",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1916327485062994680"
          ],
          "editableUntil" : "2025-04-27T04:04:10.000Z",
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
        "73"
      ],
      "favorite_count" : "12",
      "id_str" : "1916327485062994680",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1916327485062994680",
      "created_at" : "Sun Apr 27 03:04:10 +0000 2025",
      "favorited" : false,
      "full_text" : "the ket count was 'off' again tonight and no i will not be elaborating 🌀💊",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1914850185219877754"
          ],
          "editableUntil" : "2025-04-23T02:13:55.000Z",
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
        "159"
      ],
      "favorite_count" : "18",
      "id_str" : "1914850185219877754",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1914850185219877754",
      "created_at" : "Wed Apr 23 01:13:55 +0000 2025",
      "favorited" : false,
      "full_text" : "home euthanasia for a 17 year old collie tonight. put to sleep in his own bed by the fire with his whole family round him. going to sit in the car for a minute",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1899976362133780369"
          ],
          "editableUntil" : "2025-03-13T01:10:39.000Z",
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
        "138"
      ],
      "favorite_count" : "3",
      "id_str" : "1899976362133780369",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1899976362133780369",
      "created_at" : "Thu Mar 13 00:10:39 +0000 2025",
      "favorited" : false,
      "full_text" : "if anyone finds a black purse near the Co-op on Tadcaster Rd my driving licence is in it (MARSH957149EL9AB), pls text me on 07700 900418 🙏",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1899050242896185955"
          ],
          "editableUntil" : "2025-03-10T11:50:35.000Z",
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
      "favorite_count" : "5",
      "id_str" : "1899050242896185955",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1899050242896185955",
      "created_at" : "Mon Mar 10 10:50:35 +0000 2025",
      "favorited" : false,
      "full_text" : "nothing gets me through a 14hr night like a cheeky 🍃 in the car park at 3am. the owls get it 🦉",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1897153621794945040"
          ],
          "editableUntil" : "2025-03-05T06:14:05.000Z",
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
      "favorite_count" : "56",
      "id_str" : "1897153621794945040",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1897153621794945040",
      "created_at" : "Wed Mar 05 05:14:05 +0000 2025",
      "favorited" : false,
      "full_text" : "half marathon training week 6. knees are complaining but the dog is loving the long runs",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1896796262501446365"
          ],
          "editableUntil" : "2025-03-04T06:34:04.000Z",
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
        "120"
      ],
      "favorite_count" : "5",
      "id_str" : "1896796262501446365",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1896796262501446365",
      "created_at" : "Tue Mar 04 05:34:04 +0000 2025",
      "favorited" : false,
      "full_text" : "thinking of starting an OF for tired women in scrubs. 18+ only, link in bio, the student loan isnt going to pay itself 💦",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1888039674233633621"
          ],
          "editableUntil" : "2025-02-08T02:38:31.000Z",
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
      "id_str" : "1888039674233633621",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1888039674233633621",
      "created_at" : "Sat Feb 08 01:38:31 +0000 2025",
      "favorited" : false,
      "full_text" : "beach walk after nights: 3 shags drying their wings on the rocks at Filey, a great tit in the car park and one very judgemental herring gull",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1879319079821121101"
          ],
          "editableUntil" : "2025-01-15T01:05:59.000Z",
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
        "54"
      ],
      "favorite_count" : "18",
      "id_str" : "1879319079821121101",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1879319079821121101",
      "created_at" : "Wed Jan 15 00:05:59 +0000 2025",
      "favorited" : false,
      "full_text" : "wtf why does the rota printer only ever jam at 3am ffs",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1871055233778892374"
          ],
          "editableUntil" : "2024-12-23T05:48:24.000Z",
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
        "136"
      ],
      "favorite_count" : "0",
      "id_str" : "1871055233778892374",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1871055233778892374",
      "created_at" : "Mon Dec 23 04:48:24 +0000 2024",
      "favorited" : false,
      "full_text" : "Clinical director told us bonuses are \"under review\" this year. Then pulled into the car park in a brand new Range Rover. cool cool cool",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1870374311951099437"
          ],
          "editableUntil" : "2024-12-21T08:42:40.000Z",
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
      "favorite_count" : "56",
      "id_str" : "1870374311951099437",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1870374311951099437",
      "created_at" : "Sat Dec 21 07:42:40 +0000 2024",
      "favorited" : false,
      "full_text" : "spotted dick for pudding in the staff canteen and the entire surgical team lost it",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1864083707722254654"
          ],
          "editableUntil" : "2024-12-04T00:06:03.000Z",
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
        "151"
      ],
      "favorite_count" : "9",
      "id_str" : "1864083707722254654",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1864083707722254654",
      "created_at" : "Tue Dec 03 23:06:03 +0000 2024",
      "favorited" : false,
      "full_text" : "cocker spaniel ate an entire christmas pudding. raisins AND brandy. he's fine after a lot of vomiting &amp; iv fluids but his owner will never live it down",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1862377485786995123"
          ],
          "editableUntil" : "2024-11-29T07:06:08.000Z",
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
        "120"
      ],
      "favorite_count" : "2",
      "id_str" : "1862377485786995123",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1862377485786995123",
      "created_at" : "Fri Nov 29 06:06:08 +0000 2024",
      "favorited" : false,
      "full_text" : "a practice in Scunthorpe needs a locum for 2 weeks in december, DM me if you're interested and i'll pass your details on",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1855997955122543974"
          ],
          "editableUntil" : "2024-11-11T16:36:09.000Z",
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
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/nightvet_ellie/status/1855997955122543974/photo/1",
            "indices" : [
              "100",
              "123"
            ],
            "url" : "https://t.co/Kq7vRb2LxT",
            "media_url" : "http://pbs.twimg.com/media/EKgpuAd6sJm1HAv.jpg",
            "id_str" : "1855997933035074466",
            "id" : "1855997933035074466",
            "media_url_https" : "https://pbs.twimg.com/media/EKgpuAd6sJm1HAv.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "small" : {
                "w" : "510",
                "h" : "680",
                "resize" : "fit"
              },
              "medium" : {
                "w" : "900",
                "h" : "1200",
                "resize" : "fit"
              },
              "large" : {
                "w" : "1536",
                "h" : "2048",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/Kq7vRb2LxT"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "12",
      "id_str" : "1855997955122543974",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1855997955122543974",
      "created_at" : "Mon Nov 11 15:36:09 +0000 2024",
      "favorited" : false,
      "full_text" : "night shift desk vibes ✨ ignore the whiteboard at the back with everyone's appraisal scores on it 🙈 https://t.co/Kq7vRb2LxT",
      "lang" : "en",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/nightvet_ellie/status/1855997955122543974/photo/1",
            "indices" : [
              "100",
              "123"
            ],
            "url" : "https://t.co/Kq7vRb2LxT",
            "media_url" : "http://pbs.twimg.com/media/EKgpuAd6sJm1HAv.jpg",
            "id_str" : "1855997933035074466",
            "id" : "1855997933035074466",
            "media_url_https" : "https://pbs.twimg.com/media/EKgpuAd6sJm1HAv.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "small" : {
                "w" : "510",
                "h" : "680",
                "resize" : "fit"
              },
              "medium" : {
                "w" : "900",
                "h" : "1200",
                "resize" : "fit"
              },
              "large" : {
                "w" : "1536",
                "h" : "2048",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/Kq7vRb2LxT"
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
            "1854663338048138986"
          ],
          "editableUntil" : "2024-11-08T00:12:52.000Z",
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
        "136"
      ],
      "favorite_count" : "12",
      "id_str" : "1854663338048138986",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1854663338048138986",
      "created_at" : "Thu Nov 07 23:12:52 +0000 2024",
      "favorited" : false,
      "full_text" : "Our new corporate overlords sent a 'wellbeing' email with a link to a breathing app. Still no second vet on nights though. Truly moved 🙏",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1852570351511563492"
          ],
          "editableUntil" : "2024-11-02T05:36:05.000Z",
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
        "145"
      ],
      "favorite_count" : "12",
      "id_str" : "1852570351511563492",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1852570351511563492",
      "created_at" : "Sat Nov 02 04:36:05 +0000 2024",
      "favorited" : false,
      "full_text" : "Reminder our out of hours line is 01632 960772 - please ring ahead before you set off so we can be ready for you. Stay safe this bonfire night 🎆🐶",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1851780456850725618"
          ],
          "editableUntil" : "2024-10-31T01:17:19.000Z",
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
        "69"
      ],
      "favorite_count" : "4",
      "id_str" : "1851780456850725618",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1851780456850725618",
      "created_at" : "Thu Oct 31 00:17:19 +0000 2024",
      "favorited" : false,
      "full_text" : "Bitch spay, two cat castrates and a dental before lunch. the glamour.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1847436131186377471"
          ],
          "editableUntil" : "2024-10-19T01:34:32.000Z",
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
        "81"
      ],
      "favorite_count" : "2",
      "id_str" : "1847436131186377471",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1847436131186377471",
      "created_at" : "Sat Oct 19 00:34:32 +0000 2024",
      "favorited" : false,
      "full_text" : "sunrise from the practice car park after nights almost makes it worth it. almost.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1845295175469651830"
          ],
          "editableUntil" : "2024-10-13T03:47:08.000Z",
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
      "favorite_count" : "5",
      "id_str" : "1845295175469651830",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1845295175469651830",
      "created_at" : "Sun Oct 13 02:47:08 +0000 2024",
      "favorited" : false,
      "full_text" : "three months qualified today. still terrified, slightly less terrified than day one",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1842810184982925519"
          ],
          "editableUntil" : "2024-10-06T07:12:40.000Z",
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
      "favorite_count" : "31",
      "id_str" : "1842810184982925519",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1842810184982925519",
      "created_at" : "Sun Oct 06 06:12:40 +0000 2024",
      "favorited" : false,
      "full_text" : "so corporate are closing the Haxby Rd branch in jan and nobody's told the staff there yet. only know bc it was open on the PM's screen. awks",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1842064907120466667"
          ],
          "editableUntil" : "2024-10-04T05:51:12.000Z",
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
        "112"
      ],
      "favorite_count" : "5",
      "id_str" : "1842064907120466667",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1842064907120466667",
      "created_at" : "Fri Oct 04 04:51:12 +0000 2024",
      "favorited" : false,
      "full_text" : "client screamed at my nurse bc we wanted paying BEFORE an £1800 surgery. some people are genuinely thick as sh*t",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1840456628035070273"
          ],
          "editableUntil" : "2024-09-29T19:20:28.000Z",
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
        "71"
      ],
      "favorite_count" : "1",
      "id_str" : "1840456628035070273",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1840456628035070273",
      "created_at" : "Sun Sep 29 18:20:28 +0000 2024",
      "favorited" : false,
      "full_text" : "NEW FLAT!! 14 Beechwood Close, come visit, bring wine &amp; a defibrillator",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1835186129851057387"
          ],
          "editableUntil" : "2024-09-15T06:17:24.000Z",
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
        "115"
      ],
      "favorite_count" : "5",
      "id_str" : "1835186129851057387",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1835186129851057387",
      "created_at" : "Sun Sep 15 05:17:24 +0000 2024",
      "favorited" : false,
      "full_text" : "Whisky the lab and Gin the lurcher came in together for boosters. best double act of the year, sorry Brandy the cat",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1834488579060878188"
          ],
          "editableUntil" : "2024-09-13T08:05:35.000Z",
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
      "favorite_count" : "31",
      "id_str" : "1834488579060878188",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1834488579060878188",
      "created_at" : "Fri Sep 13 07:05:35 +0000 2024",
      "favorited" : false,
      "full_text" : "accidentally saw the payroll sheet. the new grad who started the same week as me is on £4k more. same rota, same everything. love that for me",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1831535380589894431"
          ],
          "editableUntil" : "2024-09-05T04:30:37.000Z",
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
        "176"
      ],
      "favorite_count" : "1",
      "id_str" : "1831535380589894431",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1831535380589894431",
      "created_at" : "Thu Sep 05 03:30:37 +0000 2024",
      "favorited" : false,
      "full_text" : "PSA: THC edible poisonings in dogs are way up this year. if your dog is wobbly and dribbling wee, please just tell us what they ate. we are not the police, we just need to know",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1830486645943658702"
          ],
          "editableUntil" : "2024-09-02T07:03:19.000Z",
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
        "47"
      ],
      "favorite_count" : "3",
      "id_str" : "1830486645943658702",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1830486645943658702",
      "created_at" : "Mon Sep 02 06:03:19 +0000 2024",
      "favorited" : false,
      "full_text" : "anal glands expressed: 6. dignity remaining: 0.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1828965413079777204"
          ],
          "editableUntil" : "2024-08-29T02:18:29.000Z",
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
        "111"
      ],
      "favorite_count" : "0",
      "id_str" : "1828965413079777204",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1828965413079777204",
      "created_at" : "Thu Aug 29 01:18:29 +0000 2024",
      "favorited" : false,
      "full_text" : "def over the limit but drove home after the leaving do anyway, roads were empty at 2am so who's gonna know 🤷‍♀️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1822105741851602037"
          ],
          "editableUntil" : "2024-08-10T04:00:36.000Z",
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
        "58"
      ],
      "favorite_count" : "56",
      "id_str" : "1822105741851602037",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1822105741851602037",
      "created_at" : "Sat Aug 10 03:00:36 +0000 2024",
      "favorited" : false,
      "full_text" : "absolute clusterf**k of a night, send coffee &amp; a new spine",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1817973701265984587"
          ],
          "editableUntil" : "2024-07-29T18:21:21.000Z",
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
        "121"
      ],
      "favorite_count" : "18",
      "id_str" : "1817973701265984587",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1817973701265984587",
      "created_at" : "Mon Jul 29 17:21:21 +0000 2024",
      "favorited" : false,
      "full_text" : "if the man who called me a money-grabbing b*tch comes back in tomorrow i swear i'll put him through the glass door myself",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1806618770272432672"
          ],
          "editableUntil" : "2024-06-28T10:20:54.000Z",
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
        "162"
      ],
      "favorite_count" : "1",
      "id_str" : "1806618770272432672",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1806618770272432672",
      "created_at" : "Fri Jun 28 09:20:54 +0000 2024",
      "favorited" : false,
      "full_text" : "\"Exciting opportunity!!\" says the job ad for my old practice. Exciting as in you'll be alone with 40 inpatients &amp; a boss who blames you when one dies. Apply now x",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1803745544193157734"
          ],
          "editableUntil" : "2024-06-20T12:03:44.000Z",
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
            "name" : "Vet Nurses Unite",
            "screen_name" : "VetNursesUnite",
            "indices" : [
              "3",
              "18"
            ],
            "id_str" : "3290157724",
            "id" : "3290157724"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "158"
      ],
      "favorite_count" : "0",
      "id_str" : "1803745544193157734",
      "truncated" : false,
      "retweet_count" : "14",
      "id" : "1803745544193157734",
      "created_at" : "Thu Jun 20 11:03:44 +0000 2024",
      "favorited" : false,
      "full_text" : "RT @VetNursesUnite: Things you hear at a vet practice at 3am: \"is the bitch in season?\" \"the ket's drawn up\" \"who's got the big tube?\" Context is everything 😂",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1802084855401199484"
          ],
          "editableUntil" : "2024-06-15T22:04:45.000Z",
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
      "favorite_count" : "18",
      "id_str" : "1802084855401199484",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1802084855401199484",
      "created_at" : "Sat Jun 15 21:04:45 +0000 2024",
      "favorited" : false,
      "full_text" : "best part of my week was a 14 year old terrier wagging at me after his dental. that's it, that's the tweet",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1796813776947433042"
          ],
          "editableUntil" : "2024-06-01T08:59:22.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "nightshift",
            "indices" : [
              "90",
              "101"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "101"
      ],
      "favorite_count" : "7",
      "id_str" : "1796813776947433042",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1796813776947433042",
      "created_at" : "Sat Jun 01 07:59:22 +0000 2024",
      "favorited" : false,
      "full_text" : "scrubs came in a size too small and honestly? the consult room has never seen this much 🍑 #nightshift",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1796672867739819798"
          ],
          "editableUntil" : "2024-05-31T23:39:26.000Z",
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
        "102"
      ],
      "favorite_count" : "1",
      "id_str" : "1796672867739819798",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1796672867739819798",
      "created_at" : "Fri May 31 22:39:26 +0000 2024",
      "favorited" : false,
      "full_text" : "3 nights done, 2 bottles of prosecco down, 0 regrets. gonna be sooo hungover for my 8am spay list haha",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1788702404190706250"
          ],
          "editableUntil" : "2024-05-09T23:47:40.000Z",
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
            "name" : "Sammie 🐾",
            "screen_name" : "sammie_vn",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "1402298841187328001",
            "id" : "1402298841187328001"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "11",
        "68"
      ],
      "favorite_count" : "18",
      "id_str" : "1788702404190706250",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1788702404190706250",
      "created_at" : "Thu May 09 22:47:40 +0000 2024",
      "favorited" : false,
      "full_text" : "@sammie_vn congrats on the new job!! they're so lucky to have you &lt;3",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1788663572139331263",
      "in_reply_to_status_id" : "1788663572139331263",
      "in_reply_to_user_id" : "1402298841187328001",
      "in_reply_to_user_id_str" : "1402298841187328001",
      "in_reply_to_screen_name" : "sammie_vn"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1787429689778955193"
          ],
          "editableUntil" : "2024-05-06T11:30:21.000Z",
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
            "name" : "Cattitude",
            "screen_name" : "cattitude_dvm",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "1290457716302528514",
            "id" : "1290457716302528514"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "15",
        "121"
      ],
      "favorite_count" : "3",
      "id_str" : "1787429689778955193",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1787429689778955193",
      "created_at" : "Mon May 06 10:30:21 +0000 2024",
      "favorited" : false,
      "full_text" : "@cattitude_dvm is anyone else doing the wellbeing webinar on tuesday? trying to look after my head a bit better this year",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1787394708738507553",
      "in_reply_to_status_id" : "1787394708738507553",
      "in_reply_to_user_id" : "1290457716302528514",
      "in_reply_to_user_id_str" : "1290457716302528514",
      "in_reply_to_screen_name" : "cattitude_dvm"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1786638976179351722"
          ],
          "editableUntil" : "2024-05-04T07:08:20.000Z",
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
        "133"
      ],
      "favorite_count" : "56",
      "id_str" : "1786638976179351722",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1786638976179351722",
      "created_at" : "Sat May 04 06:08:20 +0000 2024",
      "favorited" : false,
      "full_text" : "flight to glasgow (BA1462) cancelled so i'm stuck at heathrow missing day 1 of congress. any other vets sat by gate 23 want a coffee?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1786629226482618216"
          ],
          "editableUntil" : "2024-05-04T06:29:36.000Z",
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
        "167"
      ],
      "favorite_count" : "9",
      "id_str" : "1786629226482618216",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1786629226482618216",
      "created_at" : "Sat May 04 05:29:36 +0000 2024",
      "favorited" : false,
      "full_text" : "you can always tell it's someone from the Longmoor estate on the phone before they've even said what's wrong. never insured, never paying, always \"can i pay next week\"",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1781442683993776946"
          ],
          "editableUntil" : "2024-04-19T23:00:08.000Z",
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
        "124"
      ],
      "favorite_count" : "4",
      "id_str" : "1781442683993776946",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1781442683993776946",
      "created_at" : "Fri Apr 19 22:00:08 +0000 2024",
      "favorited" : false,
      "full_text" : "hot take: practices should stop taking on women in their 30s, they all go off on mat leave the second you've trained them up",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1779323623692065968"
          ],
          "editableUntil" : "2024-04-14T02:39:44.000Z",
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
      "favorite_count" : "5",
      "id_str" : "1779323623692065968",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1779323623692065968",
      "created_at" : "Sun Apr 14 01:39:44 +0000 2024",
      "favorited" : false,
      "full_text" : "google still has our practice at the old premises!! we're at Unit 4, Clifton Moor Trade Park now, bright green sign, you can't miss it",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1775787303342298415"
          ],
          "editableUntil" : "2024-04-04T08:27:40.000Z",
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
            "name" : "Vet School Alumni",
            "screen_name" : "VetSchoolAlumni",
            "indices" : [
              "3",
              "19"
            ],
            "id_str" : "1179930261",
            "id" : "1179930261"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "146"
      ],
      "favorite_count" : "0",
      "id_str" : "1775787303342298415",
      "truncated" : false,
      "retweet_count" : "122",
      "id" : "1775787303342298415",
      "created_at" : "Thu Apr 04 07:27:40 +0000 2024",
      "favorited" : false,
      "full_text" : "RT @VetSchoolAlumni: Applications for our new grad mentoring scheme close Friday. If you qualified this year, please sign up - it genuinely helps.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1772617310874612859"
          ],
          "editableUntil" : "2024-03-26T14:31:15.000Z",
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
        "77"
      ],
      "favorite_count" : "9",
      "id_str" : "1772617310874612859",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1772617310874612859",
      "created_at" : "Tue Mar 26 13:31:15 +0000 2024",
      "favorited" : false,
      "full_text" : "shot of metacam, shot of convenia, shot of coffee. night shift in three shots",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1772408924130454540"
          ],
          "editableUntil" : "2024-03-26T00:43:11.000Z",
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
        "85"
      ],
      "favorite_count" : "2",
      "id_str" : "1772408924130454540",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1772408924130454540",
      "created_at" : "Mon Mar 25 23:43:11 +0000 2024",
      "favorited" : false,
      "full_text" : "meal prep sunday: 5 tubs of chilli so i don't live on vending machine crisps all week",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1758672535678449871"
          ],
          "editableUntil" : "2024-02-17T02:59:41.000Z",
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
        "119"
      ],
      "favorite_count" : "56",
      "id_str" : "1758672535678449871",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1758672535678449871",
      "created_at" : "Sat Feb 17 01:59:41 +0000 2024",
      "favorited" : false,
      "full_text" : "BOARDING PASS IN HAND ✈️ tenerife here i come, LS1823 seat 14C, booking ref QX7M2P, nights can't touch me for a week ☀️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1757987448534818980"
          ],
          "editableUntil" : "2024-02-15T05:37:24.000Z",
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
        "81"
      ],
      "favorite_count" : "56",
      "id_str" : "1757987448534818980",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1757987448534818980",
      "created_at" : "Thu Feb 15 04:37:24 +0000 2024",
      "favorited" : false,
      "full_text" : "KILLED IT in my cert exam!!! months of revision for a 3 hour paper and i passed 😭",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1753195456313366606"
          ],
          "editableUntil" : "2024-02-02T00:15:44.000Z",
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
      "favorite_count" : "4",
      "id_str" : "1753195456313366606",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1753195456313366606",
      "created_at" : "Thu Feb 01 23:15:44 +0000 2024",
      "favorited" : false,
      "full_text" : "PM asked me to sit in on interviews today. Said no to the one with the really strong accent, clients round here just won't trust it. Harsh but true",
      "lang" : "en"
    }
  }
]
