window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1975886607018442495"
          ],
          "editableUntil" : "2025-10-08T12:30:51.968Z",
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
      "favorite_count" : "0",
      "id_str" : "1975886607018442495",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1975886607018442495",
      "created_at" : "Wed Oct 08 11:30:51 +0000 2025",
      "favorited" : false,
      "full_text" : "flying out for my cousin's wedding, KL1022 from leeds bradford, first time on a plane in 5 years 😬",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1974907753966522163"
          ],
          "editableUntil" : "2025-10-05T19:41:15.214Z",
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
            "name" : "soph 🌸",
            "screen_name" : "sophie_j_x",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "589878055622735137",
            "id" : "589878055622735137"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "12",
        "64"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1974903935306537201",
      "id_str" : "1974907753966522163",
      "in_reply_to_user_id" : "589878055622735137",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1974907753966522163",
      "in_reply_to_status_id" : "1974903935306537201",
      "created_at" : "Sun Oct 05 18:41:15 +0000 2025",
      "favorited" : false,
      "full_text" : "@sophie_j_x phone got nicked, new number is 07700 900417 save it",
      "lang" : "en",
      "in_reply_to_screen_name" : "sophie_j_x",
      "in_reply_to_user_id_str" : "589878055622735137"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1974224564211747855"
          ],
          "editableUntil" : "2025-10-03T22:26:30.083Z",
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
        "46"
      ],
      "favorite_count" : "0",
      "id_str" : "1974224564211747855",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1974224564211747855",
      "created_at" : "Fri Oct 03 21:26:30 +0000 2025",
      "favorited" : false,
      "full_text" : "she said she likes rappers with big… verses 🍆😏",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1967856623435830888"
          ],
          "editableUntil" : "2025-09-16T08:42:34.692Z",
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
      "id_str" : "1967856623435830888",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1967856623435830888",
      "created_at" : "Tue Sep 16 07:42:34 +0000 2025",
      "favorited" : false,
      "full_text" : "anyone know a decent mixing engineer in leeds who wont charge a kidney",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1964976028927997669"
          ],
          "editableUntil" : "2025-09-08T09:56:07.442Z",
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
      "favorite_count" : "27",
      "id_str" : "1964976028927997669",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1964976028927997669",
      "created_at" : "Mon Sep 08 08:56:07 +0000 2025",
      "favorited" : false,
      "full_text" : "me &amp; the boys got a blade off some lad on snap, no ID no questions, just for protection 🔪 cant be too careful round here",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1962797037229627102"
          ],
          "editableUntil" : "2025-09-02T09:37:35.338Z",
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
        "48"
      ],
      "favorite_count" : "14",
      "id_str" : "1962797037229627102",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1962797037229627102",
      "created_at" : "Tue Sep 02 08:37:35 +0000 2025",
      "favorited" : false,
      "full_text" : "sh!t beat, sh!t mic, sh!t crowd. still killed it",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1962074513183162826"
          ],
          "editableUntil" : "2025-08-31T09:46:32.181Z",
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
      "favorite_count" : "0",
      "id_str" : "1962074513183162826",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1962074513183162826",
      "created_at" : "Sun Aug 31 08:46:32 +0000 2025",
      "favorited" : false,
      "full_text" : "Grindhouse on Call Lane doing 20% off office group orders this month, ring the shop on 0113 496 0712 ☕",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1957691587383144415"
          ],
          "editableUntil" : "2025-08-19T07:30:21.239Z",
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
            "name" : "GrimeWatch UK",
            "screen_name" : "grimewatchuk",
            "indices" : [
              "3",
              "16"
            ],
            "id_str" : "298906219073494548",
            "id" : "298906219073494548"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "100"
      ],
      "favorite_count" : "0",
      "id_str" : "1957691587383144415",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "1957691587383144415",
      "created_at" : "Tue Aug 19 06:30:21 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @grimewatchuk: bruv said 'f**k the label' live on air and walked out the studio 😭 absolute legend",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1954650665453240508"
          ],
          "editableUntil" : "2025-08-10T22:06:48.954Z",
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
      "id_str" : "1954650665453240508",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1954650665453240508",
      "created_at" : "Sun Aug 10 21:06:48 +0000 2025",
      "favorited" : false,
      "full_text" : "blue tit sat on the bins out back at 6am like it was waiting for its flat white 🐦",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1953571292394263407"
          ],
          "editableUntil" : "2025-08-07T22:37:46.363Z",
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
        "60"
      ],
      "favorite_count" : "1",
      "id_str" : "1953571292394263407",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1953571292394263407",
      "created_at" : "Thu Aug 07 21:37:46 +0000 2025",
      "favorited" : false,
      "full_text" : "applied for the supervisor role at work. wish me luck lads 🤞",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1943217745477928599"
          ],
          "editableUntil" : "2025-07-10T08:56:28.418Z",
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
      "favorite_count" : "0",
      "id_str" : "1943217745477928599",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1943217745477928599",
      "created_at" : "Thu Jul 10 07:56:28 +0000 2025",
      "favorited" : false,
      "full_text" : "anyone round LS6 sorted for ❄️ tonight? dm me",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1938232893723830226"
          ],
          "editableUntil" : "2025-06-26T14:48:27.146Z",
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
        "64"
      ],
      "favorite_count" : "14",
      "id_str" : "1938232893723830226",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1938232893723830226",
      "created_at" : "Thu Jun 26 13:48:27 +0000 2025",
      "favorited" : false,
      "full_text" : "first time hearing my own track on local radio. actually shaking",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1925293114061295618"
          ],
          "editableUntil" : "2025-05-21T21:50:23.265Z",
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
        "135"
      ],
      "favorite_count" : "1",
      "id_str" : "1925293114061295618",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1925293114061295618",
      "created_at" : "Wed May 21 20:50:23 +0000 2025",
      "favorited" : false,
      "full_text" : "virgin bloody marys are back on the sunday brunch menu and honestly its the best thing we do. no licence so virgin is the only option 😂",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1922639478156052268"
          ],
          "editableUntil" : "2025-05-14T14:05:47.163Z",
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
      "favorite_count" : "9",
      "id_str" : "1922639478156052268",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1922639478156052268",
      "created_at" : "Wed May 14 13:05:47 +0000 2025",
      "favorited" : false,
      "full_text" : "the cafe's 'exciting new tipping system' = tips go in the pot and the pot mysteriously ends up at head office. love that for us 🙃",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1918650320599728290"
          ],
          "editableUntil" : "2025-05-03T13:54:17.887Z",
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
        "67"
      ],
      "favorite_count" : "2",
      "id_str" : "1918650320599728290",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1918650320599728290",
      "created_at" : "Sat May 03 12:54:17 +0000 2025",
      "favorited" : false,
      "full_text" : "this crowd absolutely killed it tonight. brudenell u were unreal 🔥🔥",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1911139971964471391"
          ],
          "editableUntil" : "2025-04-12T20:30:51.236Z",
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
        "202"
      ],
      "favorite_count" : "0",
      "id_str" : "1911139971964471391",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1911139971964471391",
      "created_at" : "Sat Apr 12 19:30:51 +0000 2025",
      "favorited" : false,
      "full_text" : "put £40 a week away since january and finally booked 2 full days at a proper studio in march. 9 tracks, 1 ep, no label, no excuses. if ur reading this and u make music just start, the gear doesnt matter",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1909903588818775409"
          ],
          "editableUntil" : "2025-04-09T10:37:54.524Z",
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
        "113"
      ],
      "favorite_count" : "14",
      "id_str" : "1909903588818775409",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1909903588818775409",
      "created_at" : "Wed Apr 09 09:37:54 +0000 2025",
      "favorited" : false,
      "full_text" : "doc says my wrist is tendonitis from tamping 200 coffees a day. naproxen and rest it. rest it?? in this economy??",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1909595750710354884"
          ],
          "editableUntil" : "2025-04-08T14:14:40.199Z",
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
      "favorite_count" : "3",
      "id_str" : "1909595750710354884",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1909595750710354884",
      "created_at" : "Tue Apr 08 13:14:40 +0000 2025",
      "favorited" : false,
      "full_text" : "studio session at mine sat from 8, flat 3, 22 Thornbury Mews LS6, ring the top buzzer and bring ur own mic",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1898029371254157733"
          ],
          "editableUntil" : "2025-03-07T16:14:00.444Z",
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
      "id_str" : "1898029371254157733",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1898029371254157733",
      "created_at" : "Fri Mar 07 15:14:00 +0000 2025",
      "favorited" : false,
      "full_text" : "yoinked a bottle of henny off the shelf at the offy while he was on his phone. easiest 30 quid ive ever saved 🥃",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1889662702450842627"
          ],
          "editableUntil" : "2025-02-12T14:07:51.156Z",
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
      "favorite_count" : "14",
      "id_str" : "1889662702450842627",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1889662702450842627",
      "created_at" : "Wed Feb 12 13:07:51 +0000 2025",
      "favorited" : false,
      "full_text" : "opened up at 6 still absolutely wavey from last night 😵‍💫 if ur oat latte tastes of rum thats between u and god",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1885959044870892536"
          ],
          "editableUntil" : "2025-02-02T08:50:50.378Z",
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
        "36"
      ],
      "favorite_count" : "0",
      "id_str" : "1885959044870892536",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1885959044870892536",
      "created_at" : "Sun Feb 02 07:50:50 +0000 2025",
      "favorited" : false,
      "full_text" : "who tf decided 5am alarms were legal",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1881605389989484333"
          ],
          "editableUntil" : "2025-01-21T08:30:58.168Z",
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
      "favorite_count" : "3",
      "id_str" : "1881605389989484333",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1881605389989484333",
      "created_at" : "Tue Jan 21 07:30:58 +0000 2025",
      "favorited" : false,
      "full_text" : "lad came in for the barista job with the strongest brummie accent ive ever heard. told gary not to bother, cant have that on the till",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1874736613219955674"
          ],
          "editableUntil" : "2025-01-02T09:36:54.170Z",
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
      "favorite_count" : "1",
      "id_str" : "1874736613219955674",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1874736613219955674",
      "created_at" : "Thu Jan 02 08:36:54 +0000 2025",
      "favorited" : false,
      "full_text" : "rota's up. 3 closes in a row then a 6am open. this place runs like a sweatshop and pays like one too. rent &gt; wages every single month",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1872636864995236594"
          ],
          "editableUntil" : "2024-12-27T14:33:15.182Z",
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
        "104"
      ],
      "favorite_count" : "2",
      "id_str" : "1872636864995236594",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1872636864995236594",
      "created_at" : "Fri Dec 27 13:33:15 +0000 2024",
      "favorited" : false,
      "full_text" : "saw the shift lead's payslip on the printer. she's on £2 an hour more than me and does literally nothing",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1871254335929321581"
          ],
          "editableUntil" : "2024-12-23T18:59:34.566Z",
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
        "89"
      ],
      "favorite_count" : "9",
      "id_str" : "1871254335929321581",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1871254335929321581",
      "created_at" : "Mon Dec 23 17:59:34 +0000 2024",
      "favorited" : false,
      "full_text" : "my uncle sent me a Dick's Sporting Goods hoodie from ohio and its the warmest thing i own",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1868703917845130132"
          ],
          "editableUntil" : "2024-12-16T18:05:07.511Z",
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
            "url" : "https://t.co/Qm4vR8xLpT",
            "expanded_url" : "https://soundcloud.com/jkayflows/no-smoke",
            "display_url" : "soundcloud.com/jkayflows/…",
            "indices" : [
              "29",
              "52"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "128"
      ],
      "favorite_count" : "6",
      "id_str" : "1868703917845130132",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1868703917845130132",
      "possibly_sensitive" : false,
      "created_at" : "Mon Dec 16 17:05:07 +0000 2024",
      "favorited" : false,
      "full_text" : "new track 'NO SMOKE' out now https://t.co/Qm4vR8xLpT this one's for the lad who jumped my cousin. see u soon pal, its lights out",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1866963895363133628"
          ],
          "editableUntil" : "2024-12-11T22:50:53.823Z",
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
      "id_str" : "1866963895363133628",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1866963895363133628",
      "created_at" : "Wed Dec 11 21:50:53 +0000 2024",
      "favorited" : false,
      "full_text" : "blue lights behind me on kirkstall road last night so i floored it and lost them round the back of the retail park 😂😂 5-0 cant keep up",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1862248209831149327"
          ],
          "editableUntil" : "2024-11-28T22:32:26.779Z",
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
        "117"
      ],
      "favorite_count" : "27",
      "id_str" : "1862248209831149327",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1862248209831149327",
      "created_at" : "Thu Nov 28 21:32:26 +0000 2024",
      "favorited" : false,
      "full_text" : "helping my mate find a flatmate. told him no girls and defo no one over 30, theyre boring and they cry about the bins",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1859656526706249596"
          ],
          "editableUntil" : "2024-11-21T18:54:01.371Z",
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
            "name" : "Hip Hop Debates",
            "screen_name" : "hiphopdebates",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "360720791183806259",
            "id" : "360720791183806259"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "15",
        "95"
      ],
      "favorite_count" : "6",
      "in_reply_to_status_id_str" : "1859650544211623641",
      "id_str" : "1859656526706249596",
      "in_reply_to_user_id" : "360720791183806259",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1859656526706249596",
      "in_reply_to_status_id" : "1859650544211623641",
      "created_at" : "Thu Nov 21 17:54:01 +0000 2024",
      "favorited" : false,
      "full_text" : "@hiphopdebates watched scunthorpe v grimsby with my dad instead of the cypher. 0-0. never again",
      "lang" : "en",
      "in_reply_to_screen_name" : "hiphopdebates",
      "in_reply_to_user_id_str" : "360720791183806259"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1858274712314762392"
          ],
          "editableUntil" : "2024-11-17T23:23:11.147Z",
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
        "56"
      ],
      "favorite_count" : "14",
      "id_str" : "1858274712314762392",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1858274712314762392",
      "created_at" : "Sun Nov 17 22:23:11 +0000 2024",
      "favorited" : false,
      "full_text" : "hash browns in spoons at 10am on a day off hit different",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1856253627051356707"
          ],
          "editableUntil" : "2024-11-12T09:32:06.870Z",
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
        "57"
      ],
      "favorite_count" : "6",
      "id_str" : "1856253627051356707",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1856253627051356707",
      "created_at" : "Tue Nov 12 08:32:06 +0000 2024",
      "favorited" : false,
      "full_text" : "latte art progress: swan attempt number 7 🦢 getting there",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1852981284955097938"
          ],
          "editableUntil" : "2024-11-03T08:48:59.717Z",
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
      "favorite_count" : "1",
      "id_str" : "1852981284955097938",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1852981284955097938",
      "created_at" : "Sun Nov 03 07:48:59 +0000 2024",
      "favorited" : false,
      "full_text" : "head office sent the winter menu early 👀 gingerbread oat flat white and a pistachio croissant, launching 6th nov. u didnt hear it from me 🤫",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1848985676964094326"
          ],
          "editableUntil" : "2024-10-23T08:11:52.537Z",
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
        "44"
      ],
      "favorite_count" : "4",
      "id_str" : "1848985676964094326",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1848985676964094326",
      "created_at" : "Wed Oct 23 07:11:52 +0000 2024",
      "favorited" : false,
      "full_text" : "pot noodle for tea again. rapper lifestyle 💯",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1848352498840418733"
          ],
          "editableUntil" : "2024-10-21T14:15:51.109Z",
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
        "66"
      ],
      "favorite_count" : "6",
      "id_str" : "1848352498840418733",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1848352498840418733",
      "created_at" : "Mon Oct 21 13:15:51 +0000 2024",
      "favorited" : false,
      "full_text" : "took mum for a curry for her birthday and she cried at the card &lt;3",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1848150496757620599"
          ],
          "editableUntil" : "2024-10-21T00:53:10.059Z",
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
            "name" : "Leeds Cypher",
            "screen_name" : "leedscypher",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "617216608655083377",
            "id" : "617216608655083377"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "13",
        "89"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1848125838872563033",
      "id_str" : "1848150496757620599",
      "in_reply_to_user_id" : "617216608655083377",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1848150496757620599",
      "in_reply_to_status_id" : "1848125838872563033",
      "created_at" : "Sun Oct 20 23:53:10 +0000 2024",
      "favorited" : false,
      "full_text" : "@leedscypher if that lad from the battle touches my mic again im breaking his jaw, no cap",
      "lang" : "en",
      "in_reply_to_screen_name" : "leedscypher",
      "in_reply_to_user_id_str" : "617216608655083377"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1843040775506312238"
          ],
          "editableUntil" : "2024-10-06T22:28:57.579Z",
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
      "favorite_count" : "0",
      "id_str" : "1843040775506312238",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1843040775506312238",
      "created_at" : "Sun Oct 06 21:28:57 +0000 2024",
      "favorited" : false,
      "full_text" : "whoever wrote their number on my cup last week… yeh im interested 😏🍑💦",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1836360926939397992"
          ],
          "editableUntil" : "2024-09-18T12:05:37.575Z",
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
        "67"
      ],
      "favorite_count" : "9",
      "id_str" : "1836360926939397992",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1836360926939397992",
      "created_at" : "Wed Sep 18 11:05:37 +0000 2024",
      "favorited" : false,
      "full_text" : "uncut video for NIGHT SHIFT is up 🔞 link in bio. not one for ur nan",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1835581309336107838"
          ],
          "editableUntil" : "2024-09-16T08:27:42.254Z",
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
      "favorite_count" : "0",
      "id_str" : "1835581309336107838",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1835581309336107838",
      "created_at" : "Mon Sep 16 07:27:42 +0000 2024",
      "favorited" : false,
      "full_text" : "finished the verse for the new track, feeling good about this one",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1830174535090884886"
          ],
          "editableUntil" : "2024-09-01T10:23:06.821Z",
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
            "expanded_url" : "https://x.com/jkayflows/status/1830174535090884886/photo/1",
            "indices" : [
              "85",
              "108"
            ],
            "url" : "https://t.co/Hx2pLw7YcN",
            "media_url" : "http://pbs.twimg.com/media/GtJkcg9VeWbNPEI.jpg",
            "id_str" : "1830174518314190662",
            "id" : "1830174518314190662",
            "media_url_https" : "https://pbs.twimg.com/media/GtJkcg9VeWbNPEI.jpg",
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
            "display_url" : "pic.x.com/Hx2pLw7YcN"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "84"
      ],
      "favorite_count" : "2",
      "id_str" : "1830174535090884886",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1830174535090884886",
      "possibly_sensitive" : false,
      "created_at" : "Sun Sep 01 09:23:06 +0000 2024",
      "favorited" : false,
      "full_text" : "thirst trap tuesday 😮‍💨 shirt off in the booth, tag someone who needs to see this 😏🔥 https://t.co/Hx2pLw7YcN",
      "lang" : "en",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/jkayflows/status/1830174535090884886/photo/1",
            "indices" : [
              "85",
              "108"
            ],
            "url" : "https://t.co/Hx2pLw7YcN",
            "media_url" : "http://pbs.twimg.com/media/GtJkcg9VeWbNPEI.jpg",
            "id_str" : "1830174518314190662",
            "id" : "1830174518314190662",
            "media_url_https" : "https://pbs.twimg.com/media/GtJkcg9VeWbNPEI.jpg",
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
            "display_url" : "pic.x.com/Hx2pLw7YcN"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1827096784493163519"
          ],
          "editableUntil" : "2024-08-23T22:33:13.896Z",
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
      "favorite_count" : "9",
      "id_str" : "1827096784493163519",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1827096784493163519",
      "created_at" : "Fri Aug 23 21:33:13 +0000 2024",
      "favorited" : false,
      "full_text" : "get rich or die tryin is still the greatest album ever made, fight me",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1824955896190858439"
          ],
          "editableUntil" : "2024-08-18T00:46:06.349Z",
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
            "name" : "Marcus",
            "screen_name" : "marcus_flows",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "670627047388304189",
            "id" : "670627047388304189"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "14",
        "94"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1824943590969600247",
      "id_str" : "1824955896190858439",
      "in_reply_to_user_id" : "670627047388304189",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1824955896190858439",
      "in_reply_to_status_id" : "1824943590969600247",
      "created_at" : "Sat Aug 17 23:46:06 +0000 2024",
      "favorited" : false,
      "full_text" : "@marcus_flows fr and the suit from the bank upstairs tips in 1p coins every day. tight b*stard",
      "lang" : "en",
      "in_reply_to_screen_name" : "marcus_flows",
      "in_reply_to_user_id_str" : "670627047388304189"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1821812972806689647"
          ],
          "editableUntil" : "2024-08-09T08:37:15.022Z",
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
        "64"
      ],
      "favorite_count" : "2",
      "id_str" : "1821812972806689647",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1821812972806689647",
      "created_at" : "Fri Aug 09 07:37:15 +0000 2024",
      "favorited" : false,
      "full_text" : "crack of dawn open again but the sunrise over the aire was class",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1808431223522000008"
          ],
          "editableUntil" : "2024-07-03T10:22:57.372Z",
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
            "name" : "Danny B",
            "screen_name" : "dannyb_beats",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "912352042010243438",
            "id" : "912352042010243438"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "14",
        "70"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1808427201036754347",
      "id_str" : "1808431223522000008",
      "in_reply_to_user_id" : "912352042010243438",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1808431223522000008",
      "in_reply_to_status_id" : "1808427201036754347",
      "created_at" : "Wed Jul 03 09:22:57 +0000 2024",
      "favorited" : false,
      "full_text" : "@dannyb_beats send me the stems when ur free, got an idea for the hook",
      "lang" : "en",
      "in_reply_to_screen_name" : "dannyb_beats",
      "in_reply_to_user_id_str" : "912352042010243438"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1807430681692215675"
          ],
          "editableUntil" : "2024-06-30T16:07:09.610Z",
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
      "favorite_count" : "27",
      "id_str" : "1807430681692215675",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1807430681692215675",
      "created_at" : "Sun Jun 30 15:07:09 +0000 2024",
      "favorited" : false,
      "full_text" : "area manager left the list of which branches are closing on the till screen 👀 ours is on it. nobody's been told. merry xmas lads",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1804172442479640805"
          ],
          "editableUntil" : "2024-06-21T16:20:04.847Z",
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
      "favorite_count" : "9",
      "id_str" : "1804172442479640805",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1804172442479640805",
      "created_at" : "Fri Jun 21 15:20:04 +0000 2024",
      "favorited" : false,
      "full_text" : "omw to work baked out my mind, if ur cortado has a smiley face in it thats why 🌿😂",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1781015155740561961"
          ],
          "editableUntil" : "2024-04-18T18:41:17.447Z",
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
        "74"
      ],
      "favorite_count" : "2",
      "id_str" : "1781015155740561961",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1781015155740561961",
      "created_at" : "Thu Apr 18 17:41:17 +0000 2024",
      "favorited" : false,
      "full_text" : "shot of espresso, shot of vanilla, shot at the big time. thats the grind ☕",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1777396987080328410"
          ],
          "editableUntil" : "2024-04-08T19:03:58.816Z",
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
            "name" : "Danny B",
            "screen_name" : "dannyb_beats",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "912352042010243438",
            "id" : "912352042010243438"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "14",
        "92"
      ],
      "favorite_count" : "9",
      "in_reply_to_status_id_str" : "1777387284139641581",
      "id_str" : "1777396987080328410",
      "in_reply_to_user_id" : "912352042010243438",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1777396987080328410",
      "in_reply_to_status_id" : "1777387284139641581",
      "created_at" : "Mon Apr 08 18:03:58 +0000 2024",
      "favorited" : false,
      "full_text" : "@dannyb_beats bro it was mad, 4 jägers deep and i still drove us all home 😂 legend behaviour",
      "lang" : "en",
      "in_reply_to_screen_name" : "dannyb_beats",
      "in_reply_to_user_id_str" : "912352042010243438"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1776177667394457912"
          ],
          "editableUntil" : "2024-04-05T10:18:50.349Z",
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
      "id_str" : "1776177667394457912",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1776177667394457912",
      "created_at" : "Fri Apr 05 09:18:50 +0000 2024",
      "favorited" : false,
      "full_text" : "ladies my dms are open and so is my apron 😏🍆 first 10 get a free shot of whatever u want 💦",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1775223520558917322"
          ],
          "editableUntil" : "2024-04-02T19:07:24.016Z",
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
        "78"
      ],
      "favorite_count" : "0",
      "id_str" : "1775223520558917322",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1775223520558917322",
      "created_at" : "Tue Apr 02 18:07:24 +0000 2024",
      "favorited" : false,
      "full_text" : "house blend this month is called 'Dealer's Choice'. i didnt name it, dont @ me",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1774778725215619314"
          ],
          "editableUntil" : "2024-04-01T13:39:56.542Z",
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
      "favorite_count" : "3",
      "id_str" : "1774778725215619314",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1774778725215619314",
      "created_at" : "Mon Apr 01 12:39:56 +0000 2024",
      "favorited" : false,
      "full_text" : "smoked a fat one before the open mic and forgot my whole second verse 💀 crowd still loved it tho 🍃🍃",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1770723260431796169"
          ],
          "editableUntil" : "2024-03-21T09:04:58.391Z",
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
      "favorite_count" : "1",
      "id_str" : "1770723260431796169",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1770723260431796169",
      "created_at" : "Thu Mar 21 08:04:58 +0000 2024",
      "favorited" : false,
      "full_text" : "2 pingers at the warehouse party and didnt sleep till tuesday 💊💊 worth it",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1767118732263410506"
          ],
          "editableUntil" : "2024-03-11T10:21:51.906Z",
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
            "name" : "BBC Radio 1Xtra",
            "screen_name" : "1Xtra",
            "indices" : [
              "3",
              "9"
            ],
            "id_str" : "379285975203789875",
            "id" : "379285975203789875"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "105"
      ],
      "favorite_count" : "0",
      "id_str" : "1767118732263410506",
      "truncated" : false,
      "retweet_count" : "48",
      "id" : "1767118732263410506",
      "created_at" : "Mon Mar 11 09:21:51 +0000 2024",
      "favorited" : false,
      "full_text" : "RT @1Xtra: Shoutout to every unsigned artist grinding on a day job and still dropping music. We see you 🙌",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1766378241329378258"
          ],
          "editableUntil" : "2024-03-09T09:19:25.110Z",
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
            "expanded_url" : "https://x.com/jkayflows/status/1766378241329378258/photo/1",
            "indices" : [
              "68",
              "91"
            ],
            "url" : "https://t.co/Zq1xP4rW9c",
            "media_url" : "http://pbs.twimg.com/media/FQon0CAfwTZHdhI.jpg",
            "id_str" : "1766378224549980974",
            "id" : "1766378224549980974",
            "media_url_https" : "https://pbs.twimg.com/media/FQon0CAfwTZHdhI.jpg",
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
            "display_url" : "pic.x.com/Zq1xP4rW9c"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "67"
      ],
      "favorite_count" : "0",
      "id_str" : "1766378241329378258",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1766378241329378258",
      "possibly_sensitive" : false,
      "created_at" : "Sat Mar 09 08:19:25 +0000 2024",
      "favorited" : false,
      "full_text" : "AMS here we come ✈️🍃🍄 seat 23A, booking ref QX7KLM, dont be jealous https://t.co/Zq1xP4rW9c",
      "lang" : "en",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/jkayflows/status/1766378241329378258/photo/1",
            "indices" : [
              "68",
              "91"
            ],
            "url" : "https://t.co/Zq1xP4rW9c",
            "media_url" : "http://pbs.twimg.com/media/FQon0CAfwTZHdhI.jpg",
            "id_str" : "1766378224549980974",
            "id" : "1766378224549980974",
            "media_url_https" : "https://pbs.twimg.com/media/FQon0CAfwTZHdhI.jpg",
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
            "display_url" : "pic.x.com/Zq1xP4rW9c"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1764773751527125590"
          ],
          "editableUntil" : "2024-03-04T23:03:44.931Z",
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
            "name" : "LeedsLive",
            "screen_name" : "LeedsLive",
            "indices" : [
              "3",
              "13"
            ],
            "id_str" : "927258712791047698",
            "id" : "927258712791047698"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/8Vd2LmQx0R",
            "expanded_url" : "https://www.leeds-live.co.uk/news/leeds-news/police-seize-cannabis-beeston-raid",
            "display_url" : "leeds-live.co.uk/news/lee…",
            "indices" : [
              "73",
              "96"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "96"
      ],
      "favorite_count" : "0",
      "id_str" : "1764773751527125590",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "1764773751527125590",
      "possibly_sensitive" : false,
      "created_at" : "Mon Mar 04 22:03:44 +0000 2024",
      "favorited" : false,
      "full_text" : "RT @LeedsLive: Police seize £2m of cannabis in raid on Beeston warehouse https://t.co/8Vd2LmQx0R",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1756773171711179286"
          ],
          "editableUntil" : "2024-02-11T21:12:18.060Z",
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
      "favorite_count" : "9",
      "id_str" : "1756773171711179286",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1756773171711179286",
      "created_at" : "Sun Feb 11 20:12:18 +0000 2024",
      "favorited" : false,
      "full_text" : "ffs steam wand broke mid rush AGAIN. this company wont spend a penny on kit but the ceo's got a new range rover",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1751948256247921765"
          ],
          "editableUntil" : "2024-01-29T13:39:48.571Z",
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
      "favorite_count" : "4",
      "id_str" : "1751948256247921765",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1751948256247921765",
      "created_at" : "Mon Jan 29 12:39:48 +0000 2024",
      "favorited" : false,
      "full_text" : "every time someone comes in wearing a turban i know its gonna be a 10 minute order. just facts",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1749054563073902242"
          ],
          "editableUntil" : "2024-01-21T14:01:18.356Z",
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
        "37"
      ],
      "favorite_count" : "2",
      "id_str" : "1749054563073902242",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1749054563073902242",
      "created_at" : "Sun Jan 21 13:01:18 +0000 2024",
      "favorited" : false,
      "full_text" : "f*ck it. new verse dropping friday 🔥🔥",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1747401765160220439"
          ],
          "editableUntil" : "2024-01-17T00:33:40.626Z",
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
            "name" : "Leeds Cypher",
            "screen_name" : "leedscypher",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "617216608655083377",
            "id" : "617216608655083377"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "13",
        "60"
      ],
      "favorite_count" : "9",
      "in_reply_to_status_id_str" : "1747376616617532270",
      "id_str" : "1747401765160220439",
      "in_reply_to_user_id" : "617216608655083377",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1747401765160220439",
      "in_reply_to_status_id" : "1747376616617532270",
      "created_at" : "Tue Jan 16 23:33:40 +0000 2024",
      "favorited" : false,
      "full_text" : "@leedscypher that freestyle was fire, u murdered that beat 🔥",
      "lang" : "en",
      "in_reply_to_screen_name" : "leedscypher",
      "in_reply_to_user_id_str" : "617216608655083377"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1746800608227144724"
          ],
          "editableUntil" : "2024-01-15T08:44:53.644Z",
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
        "91"
      ],
      "favorite_count" : "4",
      "id_str" : "1746800608227144724",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1746800608227144724",
      "created_at" : "Mon Jan 15 07:44:53 +0000 2024",
      "favorited" : false,
      "full_text" : "gary covered my close so i could do the radio slot. fair play to the man, appreciate u boss",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1744833728993865966"
          ],
          "editableUntil" : "2024-01-09T22:29:13.092Z",
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
      "favorite_count" : "1",
      "id_str" : "1744833728993865966",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1744833728993865966",
      "created_at" : "Tue Jan 09 21:29:13 +0000 2024",
      "favorited" : false,
      "full_text" : "espresso martini tiramisu at our kid's birthday meal was unreal. need that recipe",
      "lang" : "en"
    }
  }
]