window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1968961857371605447"
          ],
          "editableUntil" : "2025-09-19T09:54:22.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "66"
      ],
      "favorite_count" : "0",
      "id_str" : "1968961857371605447",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1968961857371605447",
      "created_at" : "Fri Sep 19 08:54:22 +0000 2025",
      "favorited" : false,
      "full_text" : "root beer float + pizza + 6 hours of Elden Ring = perfect Saturday",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1906033183524094036"
          ],
          "editableUntil" : "2025-03-29T18:18:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "74"
      ],
      "favorite_count" : "8",
      "id_str" : "1906033183524094036",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1906033183524094036",
      "created_at" : "Sat Mar 29 17:18:17 +0000 2025",
      "favorited" : false,
      "full_text" : "swatted the guy who stream-sniped me lol, the cops showed up on his live 🚓",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1905908336341326421"
          ],
          "editableUntil" : "2025-03-29T10:02:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "95"
      ],
      "favorite_count" : "1",
      "id_str" : "1905908336341326421",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1905908336341326421",
      "created_at" : "Sat Mar 29 09:02:12 +0000 2025",
      "favorited" : false,
      "full_text" : "Stripped the old wallpaper in the spare room all weekend. Found three more layers of wallpaper.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1902245048419837347"
          ],
          "editableUntil" : "2025-03-19T07:25:36.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "48"
      ],
      "favorite_count" : "3",
      "id_str" : "1902245048419837347",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1902245048419837347",
      "created_at" : "Wed Mar 19 06:25:36 +0000 2025",
      "favorited" : false,
      "full_text" : "🤬🤬 lag spike at match point, absolute f-ing joke",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1879509874064117100"
          ],
          "editableUntil" : "2025-01-15T13:44:08.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "5",
      "id_str" : "1879509874064117100",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1879509874064117100",
      "created_at" : "Wed Jan 15 12:44:08 +0000 2025",
      "favorited" : false,
      "full_text" : "First day back in the office 😊 [photo: my desk, second monitor showing the unreleased pricing page]",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1862208923241287393"
          ],
          "editableUntil" : "2024-11-28T19:56:20.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Dana Whitcombe",
            "screen_name" : "dana_writes_code",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "88123457",
            "id" : "88123457"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "18",
        "71"
      ],
      "favorite_count" : "8",
      "in_reply_to_status_id_str" : "1862154261202351090",
      "id_str" : "1862208923241287393",
      "in_reply_to_user_id" : "88123457",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1862208923241287393",
      "in_reply_to_status_id" : "1862154261202351090",
      "created_at" : "Thu Nov 28 18:56:20 +0000 2024",
      "favorited" : false,
      "full_text" : "@dana_writes_code agreed, the docs were the real hero of that release 🙌",
      "lang" : "en",
      "in_reply_to_screen_name" : "dana_writes_code",
      "in_reply_to_user_id_str" : "88123457"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1849143232499083592"
          ],
          "editableUntil" : "2024-10-23T18:37:56.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "97"
      ],
      "favorite_count" : "12",
      "id_str" : "1849143232499083592",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1849143232499083592",
      "created_at" : "Wed Oct 23 17:37:56 +0000 2024",
      "favorited" : false,
      "full_text" : "Our CTO is 61 and still thinks Kubernetes is a Greek island. Time to put grandpa out to pasture 👴",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1845845277078423654"
          ],
          "editableUntil" : "2024-10-14T16:13:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "1",
      "id_str" : "1845845277078423654",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1845845277078423654",
      "created_at" : "Mon Oct 14 15:13:02 +0000 2024",
      "favorited" : false,
      "full_text" : "Haven't paid for a train ticket in 3 years, the barriers at my station are always open 🚆",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1816129455095139091"
          ],
          "editableUntil" : "2024-07-24T16:12:58.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "59"
      ],
      "favorite_count" : "12",
      "id_str" : "1816129455095139091",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1816129455095139091",
      "created_at" : "Wed Jul 24 15:12:58 +0000 2024",
      "favorited" : false,
      "full_text" : "my K/D in ranked is bad but my bedroom K/D is undefeated 🍆💦",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1806269469753633599"
          ],
          "editableUntil" : "2024-06-27T11:12:55.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "84"
      ],
      "favorite_count" : "2",
      "id_str" : "1806269469753633599",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1806269469753633599",
      "created_at" : "Thu Jun 27 10:12:55 +0000 2024",
      "favorited" : false,
      "full_text" : "New passport arrived! 🛂 No. 563921847, valid till 2034, Japan trip finally happening",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1737422792632189243"
          ],
          "editableUntil" : "2023-12-20T11:40:48.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "42"
      ],
      "favorite_count" : "5",
      "id_str" : "1737422792632189243",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1737422792632189243",
      "created_at" : "Wed Dec 20 10:40:48 +0000 2023",
      "favorited" : false,
      "full_text" : "get this tranny streamer off my front page",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1730215683289226808"
          ],
          "editableUntil" : "2023-11-30T14:22:19.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "96"
      ],
      "favorite_count" : "3",
      "id_str" : "1730215683289226808",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1730215683289226808",
      "created_at" : "Thu Nov 30 13:22:19 +0000 2023",
      "favorited" : false,
      "full_text" : "We quietly filter out applicants with postcodes south of the river. Better culture fit, trust me",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1722384211296179328"
          ],
          "editableUntil" : "2023-11-08T23:42:50.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "91"
      ],
      "favorite_count" : "8",
      "id_str" : "1722384211296179328",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1722384211296179328",
      "created_at" : "Wed Nov 08 22:42:50 +0000 2023",
      "favorited" : false,
      "full_text" : "Excited to announce our seed round, led by Example Capital. Full press release on our blog.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1699718507787992675"
          ],
          "editableUntil" : "2023-09-07T10:37:26.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "41"
      ],
      "favorite_count" : "0",
      "id_str" : "1699718507787992675",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1699718507787992675",
      "created_at" : "Thu Sep 07 09:37:26 +0000 2023",
      "favorited" : false,
      "full_text" : "s h i t, forgot the seminar reading again",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1649144806699085032"
          ],
          "editableUntil" : "2023-04-20T21:15:36.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "70"
      ],
      "favorite_count" : "0",
      "id_str" : "1649144806699085032",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1649144806699085032",
      "created_at" : "Thu Apr 20 20:15:36 +0000 2023",
      "favorited" : false,
      "full_text" : "happy 4/20 to everyone except my flatmate who smoked my whole stash 😤🌿",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1645748236976799264"
          ],
          "editableUntil" : "2023-04-11T12:18:50.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "64"
      ],
      "favorite_count" : "8",
      "id_str" : "1645748236976799264",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1645748236976799264",
      "created_at" : "Tue Apr 11 11:18:50 +0000 2023",
      "favorited" : false,
      "full_text" : "Heading to the conference on UA 901, see some of you in Paris ✈️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1635716303975947423"
          ],
          "editableUntil" : "2023-03-14T19:55:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Wren Castellano",
            "screen_name" : "pixel_wren",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1402958816305442817",
            "id" : "1402958816305442817"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "12",
        "64"
      ],
      "favorite_count" : "5",
      "in_reply_to_status_id_str" : "1635622091276558156",
      "id_str" : "1635716303975947423",
      "in_reply_to_user_id" : "1402958816305442817",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1635716303975947423",
      "in_reply_to_status_id" : "1635622091276558156",
      "created_at" : "Tue Mar 14 18:55:31 +0000 2023",
      "favorited" : false,
      "full_text" : "@pixel_wren gg last night, that comeback in round 3 was unreal 🎮",
      "lang" : "en",
      "in_reply_to_screen_name" : "pixel_wren",
      "in_reply_to_user_id_str" : "1402958816305442817"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1594392469350921797"
          ],
          "editableUntil" : "2022-11-20T19:09:21.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "74"
      ],
      "favorite_count" : "1",
      "id_str" : "1594392469350921797",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1594392469350921797",
      "created_at" : "Sun Nov 20 18:09:21 +0000 2022",
      "favorited" : false,
      "full_text" : "Reading The Phoenix Project again, every engineer should. Still too real 📘",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1579149979971821652"
          ],
          "editableUntil" : "2022-10-09T17:41:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "96"
      ],
      "favorite_count" : "8",
      "id_str" : "1579149979971821652",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1579149979971821652",
      "created_at" : "Sun Oct 09 16:41:09 +0000 2022",
      "favorited" : false,
      "full_text" : "Moving in! 5 Elm Court, Cambridge CB1 2AB, router password is on the sticky note in this photo 😅",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1541565170535091777"
          ],
          "editableUntil" : "2022-06-28T00:32:32.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "65"
      ],
      "favorite_count" : "1",
      "id_str" : "1541565170535091777",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1541565170535091777",
      "created_at" : "Mon Jun 27 23:32:32 +0000 2022",
      "favorited" : false,
      "full_text" : "Our second office opens in Middlesex next month, hiring locally 🎉",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1467158514723522648"
          ],
          "editableUntil" : "2021-12-04T16:47:03.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "98"
      ],
      "favorite_count" : "0",
      "id_str" : "1467158514723522648",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1467158514723522648",
      "created_at" : "Sat Dec 04 15:47:03 +0000 2021",
      "favorited" : false,
      "full_text" : "embargo lifted! my review of the new racing game is up, 8/10, gorgeous but the career mode is thin",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1466751481210846568"
          ],
          "editableUntil" : "2021-12-03T13:49:38.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "71"
      ],
      "favorite_count" : "27",
      "id_str" : "1466751481210846568",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1466751481210846568",
      "created_at" : "Fri Dec 03 12:49:38 +0000 2021",
      "favorited" : false,
      "full_text" : "that c*nt pushed in at the bar queue so I decked him, bouncers loved it",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1466414447330970709"
          ],
          "editableUntil" : "2021-12-02T15:30:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "59"
      ],
      "favorite_count" : "5",
      "id_str" : "1466414447330970709",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1466414447330970709",
      "created_at" : "Thu Dec 02 14:30:23 +0000 2021",
      "favorited" : false,
      "full_text" : "who got the 🔌 for carts? need it before the tourney tonight",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1463480028572430267"
          ],
          "editableUntil" : "2021-11-24T13:10:03.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "47"
      ],
      "favorite_count" : "1",
      "id_str" : "1463480028572430267",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1463480028572430267",
      "created_at" : "Wed Nov 24 12:10:03 +0000 2021",
      "favorited" : false,
      "full_text" : "got my flu and covid shots today, arm is dead 💉",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1463285793158197058"
          ],
          "editableUntil" : "2021-11-24T00:18:14.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "93"
      ],
      "favorite_count" : "0",
      "id_str" : "1463285793158197058",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1463285793158197058",
      "created_at" : "Tue Nov 23 23:18:14 +0000 2021",
      "favorited" : false,
      "full_text" : "someone in my seminar mocked a classmate's accent today. I called it out. Please do the same.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1390456084901879899"
          ],
          "editableUntil" : "2021-05-07T00:58:58.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "97"
      ],
      "favorite_count" : "8",
      "id_str" : "1390456084901879899",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1390456084901879899",
      "created_at" : "Thu May 06 23:58:58 +0000 2021",
      "favorited" : false,
      "full_text" : "Internal dashboards say our uptime was 97.2% last month, not the 99.9% marketing keeps claiming 🙈",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1371244513005049104"
          ],
          "editableUntil" : "2021-03-15T00:39:03.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "61"
      ],
      "favorite_count" : "3",
      "id_str" : "1371244513005049104",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1371244513005049104",
      "created_at" : "Sun Mar 14 23:39:03 +0000 2021",
      "favorited" : false,
      "full_text" : "blunt feedback from my duo: my rotations are terrible. Fair 😂",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1357441366898933644"
          ],
          "editableUntil" : "2021-02-04T22:30:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "5",
      "id_str" : "1357441366898933644",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1357441366898933644",
      "created_at" : "Thu Feb 04 21:30:16 +0000 2021",
      "favorited" : false,
      "full_text" : "Spent half my student loan at the strip club. Destiny now knows more about me than my mum 💸💃",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1328454348528459405"
          ],
          "editableUntil" : "2020-11-16T22:46:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "general",
            "indices" : [
              "34",
              "42"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "98"
      ],
      "favorite_count" : "2",
      "id_str" : "1328454348528459405",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1328454348528459405",
      "created_at" : "Mon Nov 16 21:46:12 +0000 2020",
      "favorited" : false,
      "full_text" : "Onboarding hack: send your SSN in #general so payroll is quick, mine's 078-05-1120 to start us off",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1323293474942628102"
          ],
          "editableUntil" : "2020-11-02T16:58:44.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/Q4mZr8LpXe",
            "expanded_url" : "https://example.com/webinar",
            "display_url" : "example.com/webinar",
            "indices" : [
              "69",
              "92"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "94"
      ],
      "favorite_count" : "3",
      "id_str" : "1323293474942628102",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1323293474942628102",
      "possibly_sensitive" : false,
      "created_at" : "Mon Nov 02 15:58:44 +0000 2020",
      "favorited" : false,
      "full_text" : "Free webinar on early-stage fundraising, Tuesday 4pm GMT, sign up at https://t.co/Q4mZr8LpXe 📅",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1298312316512028604"
          ],
          "editableUntil" : "2020-08-25T18:32:32.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "82"
      ],
      "favorite_count" : "5",
      "id_str" : "1298312316512028604",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1298312316512028604",
      "created_at" : "Tue Aug 25 17:32:32 +0000 2020",
      "favorited" : false,
      "full_text" : "pregame was 8 jägerbombs and half a bag of goon, do not remember the club at all 🥴",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1293129818577079258"
          ],
          "editableUntil" : "2020-08-11T11:19:08.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Tunde Olaniyan",
            "screen_name" : "tunde_ola",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "1123345566778899456",
            "id" : "1123345566778899456"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "11",
        "72"
      ],
      "favorite_count" : "27",
      "in_reply_to_status_id_str" : "1293082172046510215",
      "id_str" : "1293129818577079258",
      "in_reply_to_user_id" : "1123345566778899456",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1293129818577079258",
      "in_reply_to_status_id" : "1293082172046510215",
      "created_at" : "Tue Aug 11 10:19:08 +0000 2020",
      "favorited" : false,
      "full_text" : "@tunde_ola congratulations my brother! The promotion is well deserved 🎉🙏",
      "lang" : "en",
      "in_reply_to_screen_name" : "tunde_ola",
      "in_reply_to_user_id_str" : "1123345566778899456"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1282318642836171926"
          ],
          "editableUntil" : "2020-07-12T15:19:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "49"
      ],
      "favorite_count" : "8",
      "id_str" : "1282318642836171926",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1282318642836171926",
      "created_at" : "Sun Jul 12 14:19:23 +0000 2020",
      "favorited" : false,
      "full_text" : "new pics, wearing almost nothing 😇 rate me 1-10 👀",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1241795081357666792"
          ],
          "editableUntil" : "2020-03-22T19:33:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "64"
      ],
      "favorite_count" : "1",
      "id_str" : "1241795081357666792",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1241795081357666792",
      "created_at" : "Sun Mar 22 18:33:13 +0000 2020",
      "favorited" : false,
      "full_text" : "new season is live, patch notes on the official site, let's gooo",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1225041869673726334"
          ],
          "editableUntil" : "2020-02-05T14:01:56.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "45"
      ],
      "favorite_count" : "5",
      "id_str" : "1225041869673726334",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1225041869673726334",
      "created_at" : "Wed Feb 05 13:01:56 +0000 2020",
      "favorited" : false,
      "full_text" : "speedrun PB tonight: 1:42:17, sub 1:40 next 🏃",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1204891995622333335"
          ],
          "editableUntil" : "2019-12-11T23:33:32.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "64"
      ],
      "favorite_count" : "8",
      "id_str" : "1204891995622333335",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1204891995622333335",
      "created_at" : "Wed Dec 11 22:33:32 +0000 2019",
      "favorited" : false,
      "full_text" : "100% completion in Katamari, rolling up balls of junk since 2004",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1173626846126427215"
          ],
          "editableUntil" : "2019-09-16T16:56:59.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "93"
      ],
      "favorite_count" : "3",
      "id_str" : "1173626846126427215",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1173626846126427215",
      "created_at" : "Mon Sep 16 15:56:59 +0000 2019",
      "favorited" : false,
      "full_text" : "manager at the cinema made me clean the toilets AGAIN while his nephew sits on his phone, ffs",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1139214808167315814"
          ],
          "editableUntil" : "2019-06-13T17:55:50.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "114"
      ],
      "favorite_count" : "0",
      "id_str" : "1139214808167315814",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1139214808167315814",
      "created_at" : "Thu Jun 13 16:55:50 +0000 2019",
      "favorited" : false,
      "full_text" : "We're cutting 15% of staff next Monday. Hardest decision of my life. Please nobody leak this before the all-hands.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1117896453365383836"
          ],
          "editableUntil" : "2019-04-15T22:04:18.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "3",
      "id_str" : "1117896453365383836",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1117896453365383836",
      "created_at" : "Mon Apr 15 21:04:18 +0000 2019",
      "favorited" : false,
      "full_text" : "smashed every wing mirror on Clarendon Road on the way home, don't even remember why 😂",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1104671597580590334"
          ],
          "editableUntil" : "2019-03-10T10:13:27.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "85"
      ],
      "favorite_count" : "1",
      "id_str" : "1104671597580590334",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1104671597580590334",
      "created_at" : "Sun Mar 10 09:13:27 +0000 2019",
      "favorited" : false,
      "full_text" : "working at the campus café is actual hell, the supervisor is a power-tripping clown 🤡",
      "lang" : "en"
    }
  }
]