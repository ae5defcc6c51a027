window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1981314056984682596"
          ],
          "editableUntil" : "2025-10-23T11:57:36.000Z",
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
      "id_str" : "1981314056984682596",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1981314056984682596",
      "created_at" : "Thu Oct 23 10:57:36 +0000 2025",
      "favorited" : false,
      "full_text" : "took a box of gloves and a load of dressings home from the ward for mum's leg, they'll never miss them",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1979310206765456141"
          ],
          "editableUntil" : "2025-10-17T23:15:01.000Z",
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
        "62"
      ],
      "favorite_count" : "0",
      "id_str" : "1979310206765456141",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1979310206765456141",
      "created_at" : "Fri Oct 17 22:15:01 +0000 2025",
      "favorited" : false,
      "full_text" : "learnt what a 'crash call' is today and no, nobody was driving",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1977164978861124779"
          ],
          "editableUntil" : "2025-10-12T01:10:39.000Z",
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
        "38"
      ],
      "favorite_count" : "0",
      "id_str" : "1977164978861124779",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1977164978861124779",
      "created_at" : "Sun Oct 12 00:10:39 +0000 2025",
      "favorited" : false,
      "full_text" : "the new F1 can check my obs any day 🥵💦",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1974617913184854919"
          ],
          "editableUntil" : "2025-10-05T00:29:31.000Z",
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
        "55"
      ],
      "favorite_count" : "12",
      "id_str" : "1974617913184854919",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1974617913184854919",
      "created_at" : "Sat Oct 04 23:29:31 +0000 2025",
      "favorited" : false,
      "full_text" : "gave blood for the 10th time today 🩸 vampire in reverse",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1974045278275870895"
          ],
          "editableUntil" : "2025-10-03T10:34:04.000Z",
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
        "173"
      ],
      "favorite_count" : "0",
      "id_str" : "1974045278275870895",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1974045278275870895",
      "created_at" : "Fri Oct 03 09:34:04 +0000 2025",
      "favorited" : false,
      "full_text" : "had a premier league player in fracture clinic today 🤐 wont say who but his 'minor knock' is a fractured 5th metatarsal and he is NOT playing saturday whatever the club says",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1967388926808464550"
          ],
          "editableUntil" : "2025-09-15T01:44:07.000Z",
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
      "id_str" : "1967388926808464550",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1967388926808464550",
      "created_at" : "Mon Sep 15 00:44:07 +0000 2025",
      "favorited" : false,
      "full_text" : "kill bill vol 1 and 2 back to back with the girls. uma thurman in the yellow suit is the blueprint",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1967039267183750275"
          ],
          "editableUntil" : "2025-09-14T02:34:41.000Z",
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
      "favorite_count" : "12",
      "id_str" : "1967039267183750275",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1967039267183750275",
      "created_at" : "Sun Sep 14 01:34:41 +0000 2025",
      "favorited" : false,
      "full_text" : "thinking about A&amp;E for my first job after the elective. anyone gone straight there from uni? honest opinions pls",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1950702969046774018"
          ],
          "editableUntil" : "2025-07-31T00:40:04.000Z",
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
      "favorite_count" : "41",
      "id_str" : "1950702969046774018",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1950702969046774018",
      "created_at" : "Wed Jul 30 23:40:04 +0000 2025",
      "favorited" : false,
      "full_text" : "cocktail sausages and potato waffles for tea because i am a functioning adult",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1948520839087770537"
          ],
          "editableUntil" : "2025-07-25T00:09:04.000Z",
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
      "id_str" : "1948520839087770537",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1948520839087770537",
      "created_at" : "Thu Jul 24 23:09:04 +0000 2025",
      "favorited" : false,
      "full_text" : "ward manager: 'smile more girls, CQC are in today'\nalso ward manager: leaves 3 nurses for 28 patients\n\nok babe",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1946375261305522834"
          ],
          "editableUntil" : "2025-07-19T02:03:18.000Z",
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
        "148"
      ],
      "favorite_count" : "1",
      "id_str" : "1946375261305522834",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1946375261305522834",
      "created_at" : "Sat Jul 19 01:03:18 +0000 2025",
      "favorited" : false,
      "full_text" : "pharmacology exam tomorrow. morphine, fentanyl, diazepam, codeine, naloxone… if the police ever see my search history i promise im a nursing student",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1941996770367136242"
          ],
          "editableUntil" : "2025-07-07T00:04:45.000Z",
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
        "22"
      ],
      "favorite_count" : "7",
      "id_str" : "1941996770367136242",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1941996770367136242",
      "created_at" : "Sun Jul 06 23:04:45 +0000 2025",
      "favorited" : false,
      "full_text" : "PASSED SECOND YEAR 🎉🎉🎉",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1940347827389724439"
          ],
          "editableUntil" : "2025-07-02T10:52:26.000Z",
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
      "favorite_count" : "23",
      "id_str" : "1940347827389724439",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1940347827389724439",
      "created_at" : "Wed Jul 02 09:52:26 +0000 2025",
      "favorited" : false,
      "full_text" : "why is every bastard IV pump on this ward alarming at the same time",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1937628629185409660"
          ],
          "editableUntil" : "2025-06-24T22:47:19.000Z",
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
      "favorite_count" : "3",
      "id_str" : "1937628629185409660",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1937628629185409660",
      "created_at" : "Tue Jun 24 21:47:19 +0000 2025",
      "favorited" : false,
      "full_text" : "MALAGA BOUND 🌴 booking ref QH7X2P, seat 14A, 6am out of LBA. cant believe this is my life",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1934011423393935468"
          ],
          "editableUntil" : "2025-06-14T23:13:50.000Z",
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
            "name" : "jade",
            "screen_name" : "jadeyy_x",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "1177329058812342272",
            "id" : "1177329058812342272"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "10",
        "85"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1933982888867641580",
      "in_reply_to_status_id" : "1933982888867641580",
      "in_reply_to_user_id" : "1177329058812342272",
      "in_reply_to_user_id_str" : "1177329058812342272",
      "in_reply_to_screen_name" : "jadeyy_x",
      "id_str" : "1934011423393935468",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1934011423393935468",
      "created_at" : "Sat Jun 14 22:13:50 +0000 2025",
      "favorited" : false,
      "full_text" : "@jadeyy_x yes omg come to the revision session thursday, library room 3, bring snacks",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1933292264717618070"
          ],
          "editableUntil" : "2025-06-12T23:36:09.000Z",
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
        "169"
      ],
      "favorite_count" : "0",
      "id_str" : "1933292264717618070",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1933292264717618070",
      "created_at" : "Thu Jun 12 22:36:09 +0000 2025",
      "favorited" : false,
      "full_text" : "not being funny but some of the overseas nurses on our ward need to sort their english before theyre let near a handover. half the time i have no clue what theyre saying",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1930217681217564649"
          ],
          "editableUntil" : "2025-06-04T11:58:51.000Z",
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
      "favorite_count" : "0",
      "id_str" : "1930217681217564649",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1930217681217564649",
      "created_at" : "Wed Jun 04 10:58:51 +0000 2025",
      "favorited" : false,
      "full_text" : "overheard matron saying maternity at our site is closing in march and moving everything to the other hospital. band 7s got told today and told to keep it quiet 😬",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1928969070947429166"
          ],
          "editableUntil" : "2025-06-01T01:17:19.000Z",
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
        "35"
      ],
      "favorite_count" : "23",
      "id_str" : "1928969070947429166",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1928969070947429166",
      "created_at" : "Sun Jun 01 00:17:19 +0000 2025",
      "favorited" : false,
      "full_text" : "new number!! 07700 900416 save it x",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1927679992883866250"
          ],
          "editableUntil" : "2025-05-28T11:54:59.000Z",
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
            "name" : "nurses after dark 🔞",
            "screen_name" : "afterdark_nurses",
            "indices" : [
              "3",
              "20"
            ],
            "id_str" : "1650012345678901248",
            "id" : "1650012345678901248"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "91"
      ],
      "favorite_count" : "0",
      "id_str" : "1927679992883866250",
      "truncated" : false,
      "retweet_count" : "392",
      "id" : "1927679992883866250",
      "created_at" : "Wed May 28 10:54:59 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @afterdark_nurses: 18+ 🔞 what REALLY happens in the on-call room… full vid link in bio 💋",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1918404699870941956"
          ],
          "editableUntil" : "2025-05-02T21:38:17.000Z",
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
        "154"
      ],
      "favorite_count" : "0",
      "id_str" : "1918404699870941956",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1918404699870941956",
      "created_at" : "Fri May 02 20:38:17 +0000 2025",
      "favorited" : false,
      "full_text" : "agency nurses on our ward get £52 an hour. i know bc the invoice was sat on the nurses station all shift. our band 5s are on about £17. make it make sense",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1917720740026202677"
          ],
          "editableUntil" : "2025-05-01T00:20:28.000Z",
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
      "favorite_count" : "7",
      "id_str" : "1917720740026202677",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1917720740026202677",
      "created_at" : "Wed Apr 30 23:20:28 +0000 2025",
      "favorited" : false,
      "full_text" : "why do night shifts make me so horny. whos up 😈",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1916968280225132498"
          ],
          "editableUntil" : "2025-04-28T22:30:28.000Z",
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
      "favorite_count" : "41",
      "id_str" : "1916968280225132498",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1916968280225132498",
      "created_at" : "Mon Apr 28 21:30:28 +0000 2025",
      "favorited" : false,
      "full_text" : "what do u all eat on nights?? i cannot do another pot noodle at 4am",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1914495197607750241"
          ],
          "editableUntil" : "2025-04-22T02:43:19.000Z",
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
        "42"
      ],
      "favorite_count" : "3",
      "id_str" : "1914495197607750241",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1914495197607750241",
      "created_at" : "Tue Apr 22 01:43:19 +0000 2025",
      "favorited" : false,
      "full_text" : "grandad's 80th today. best man i know &lt;3 🥹",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1911888590183577801"
          ],
          "editableUntil" : "2025-04-14T22:05:35.000Z",
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
        "59"
      ],
      "favorite_count" : "3",
      "id_str" : "1911888590183577801",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1911888590183577801",
      "created_at" : "Mon Apr 14 21:05:35 +0000 2025",
      "favorited" : false,
      "full_text" : "drove home after 4 pints bc the taxi was £28. dont judge me",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1910155800730968289"
          ],
          "editableUntil" : "2025-04-10T03:20:06.000Z",
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
        "84"
      ],
      "favorite_count" : "2",
      "id_str" : "1910155800730968289",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1910155800730968289",
      "created_at" : "Thu Apr 10 02:20:06 +0000 2025",
      "favorited" : false,
      "full_text" : "lecture today was 'death, dying and bereavement' and we all needed a group hug after",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1908708894662369348"
          ],
          "editableUntil" : "2025-04-06T03:30:37.000Z",
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
      "favorite_count" : "2",
      "id_str" : "1908708894662369348",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1908708894662369348",
      "created_at" : "Sun Apr 06 02:30:37 +0000 2025",
      "favorited" : false,
      "full_text" : "did 95 on the a64 to make my 7am handover. blue lights behind me at the roundabout and i just... kept going. made it with 2 mins to spare 🏎️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1907886652960131314"
          ],
          "editableUntil" : "2025-04-03T21:03:19.000Z",
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
      "favorite_count" : "4",
      "id_str" : "1907886652960131314",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1907886652960131314",
      "created_at" : "Thu Apr 03 20:03:19 +0000 2025",
      "favorited" : false,
      "full_text" : "shot of espresso, shot of espresso, 7-7 shift. repeat x4",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1906154025713477322"
          ],
          "editableUntil" : "2025-03-30T02:18:29.000Z",
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
            "name" : "soph 🌻",
            "screen_name" : "soph_mck",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "1289937460123459584",
            "id" : "1289937460123459584"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "10",
        "145"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1906135999990681912",
      "in_reply_to_status_id" : "1906135999990681912",
      "in_reply_to_user_id" : "1289937460123459584",
      "in_reply_to_user_id_str" : "1289937460123459584",
      "in_reply_to_screen_name" : "soph_mck",
      "id_str" : "1906154025713477322",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1906154025713477322",
      "created_at" : "Sun Mar 30 01:18:29 +0000 2025",
      "favorited" : false,
      "full_text" : "@soph_mck the HCA on my bay spends an hour in the sluice on her phone every single shift and then tells ME to hurry up. lazy doesnt even cover it",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1905571887047707047"
          ],
          "editableUntil" : "2025-03-28T11:45:16.000Z",
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
      "id_str" : "1905571887047707047",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1905571887047707047",
      "created_at" : "Fri Mar 28 10:45:16 +0000 2025",
      "favorited" : false,
      "full_text" : "learned about the 'sniffing position' for intubation today. medicine has the weirdest names for things",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1900130825902525165"
          ],
          "editableUntil" : "2025-03-13T11:24:26.000Z",
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
        "75"
      ],
      "favorite_count" : "1",
      "id_str" : "1900130825902525165",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1900130825902525165",
      "created_at" : "Thu Mar 13 10:24:26 +0000 2025",
      "favorited" : false,
      "full_text" : "100% on my drug calcs exam!!!!! all those nights with a calculator paid off",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1895763082139703189"
          ],
          "editableUntil" : "2025-03-01T10:08:35.000Z",
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
            "name" : "Student Nurse Tips",
            "screen_name" : "studentnursetips",
            "indices" : [
              "3",
              "20"
            ],
            "id_str" : "1034998877665544192",
            "id" : "1034998877665544192"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "120"
      ],
      "favorite_count" : "0",
      "id_str" : "1895763082139703189",
      "truncated" : false,
      "retweet_count" : "156",
      "id" : "1895763082139703189",
      "created_at" : "Sat Mar 01 09:08:35 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @studentnursetips: Reminder: your reflective log doesn't need to be perfect, it needs to be honest. You've got this 💙",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1895252915635043254"
          ],
          "editableUntil" : "2025-02-28T00:21:21.000Z",
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
      "favorite_count" : "4",
      "id_str" : "1895252915635043254",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1895252915635043254",
      "created_at" : "Thu Feb 27 23:21:21 +0000 2025",
      "favorited" : false,
      "full_text" : "my DBS finally came through!!! certificate no. 001765432198 so if the placement office loses it AGAIN its right here",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1894135270824174847"
          ],
          "editableUntil" : "2025-02-24T22:20:14.000Z",
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
        "149"
      ],
      "favorite_count" : "41",
      "id_str" : "1894135270824174847",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1894135270824174847",
      "created_at" : "Mon Feb 24 21:20:14 +0000 2025",
      "favorited" : false,
      "full_text" : "post-shift drinks turned into post-shift tequila turned into me doing an 8am handover on 3 hours sleep. can still taste the sambuca through my mask 🙃",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1892867224121421239"
          ],
          "editableUntil" : "2025-02-21T10:21:28.000Z",
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
      "favorite_count" : "4",
      "id_str" : "1892867224121421239",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1892867224121421239",
      "created_at" : "Fri Feb 21 09:21:28 +0000 2025",
      "favorited" : false,
      "full_text" : "you always know when a patient's from seacroft before they even open their mouth 🙄",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1892382968049516996"
          ],
          "editableUntil" : "2025-02-20T02:17:13.000Z",
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
        "156"
      ],
      "favorite_count" : "0",
      "id_str" : "1892382968049516996",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1892382968049516996",
      "created_at" : "Thu Feb 20 01:17:13 +0000 2025",
      "favorited" : false,
      "full_text" : "the learning support fund is £5000 a year and its the only reason i can afford this course. if ur thinking about nursing look it up, nobody told me about it",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1891629746577953647"
          ],
          "editableUntil" : "2025-02-18T00:24:11.000Z",
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
      "favorite_count" : "3",
      "id_str" : "1891629746577953647",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1891629746577953647",
      "created_at" : "Mon Feb 17 23:24:11 +0000 2025",
      "favorited" : false,
      "full_text" : "placement allocations are out… 8 weeks community in scunthorpe 😭 anyone know a decent room to rent",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1890541556750218439"
          ],
          "editableUntil" : "2025-02-15T00:20:06.000Z",
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
            "name" : "soph 🌻",
            "screen_name" : "soph_mck",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "1289937460123459584",
            "id" : "1289937460123459584"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "10",
        "152"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1890529284789966601",
      "in_reply_to_status_id" : "1890529284789966601",
      "in_reply_to_user_id" : "1289937460123459584",
      "in_reply_to_user_id_str" : "1289937460123459584",
      "in_reply_to_screen_name" : "soph_mck",
      "id_str" : "1890541556750218439",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1890541556750218439",
      "created_at" : "Fri Feb 14 23:20:06 +0000 2025",
      "favorited" : false,
      "full_text" : "@soph_mck ring the ward, the number's on the trust website (0113 496 0372). i literally cant tell you anything about anyone on there even if i wanted to",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1884534282571175535"
          ],
          "editableUntil" : "2025-01-29T10:29:20.000Z",
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
      "favorite_count" : "2",
      "id_str" : "1884534282571175535",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1884534282571175535",
      "created_at" : "Wed Jan 29 09:29:20 +0000 2025",
      "favorited" : false,
      "full_text" : "nothing cures a night shift like a fat 🍃 and a 6 hour nap",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1877904175240103689"
          ],
          "editableUntil" : "2025-01-11T03:23:39.000Z",
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
      "favorite_count" : "0",
      "id_str" : "1877904175240103689",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1877904175240103689",
      "created_at" : "Sat Jan 11 02:23:39 +0000 2025",
      "favorited" : false,
      "full_text" : "my mentor left everyone's appraisals open on the ward pc and one of the staff nurses is on a final written warning for drug errors 👀 not saying who but you know",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1875676853550296004"
          ],
          "editableUntil" : "2025-01-04T23:53:04.000Z",
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
        "181"
      ],
      "favorite_count" : "3",
      "id_str" : "1875676853550296004",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1875676853550296004",
      "created_at" : "Sat Jan 04 22:53:04 +0000 2025",
      "favorited" : false,
      "full_text" : "doing my little sister's school run all week bc mum's on lates. she comes out of Oakwood Primary at 3.15 in a yellow coat so if u see her waiting by the gate tell her im 5 mins away",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1874951428068985644"
          ],
          "editableUntil" : "2025-01-02T23:50:30.000Z",
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
      "id_str" : "1874951428068985644",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1874951428068985644",
      "created_at" : "Thu Jan 02 22:50:30 +0000 2025",
      "favorited" : false,
      "full_text" : "nothing says 'we value our staff' like a tin of roses after a 13 hour shift with no break. thank u management x",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1874213786571046099"
          ],
          "editableUntil" : "2024-12-31T22:59:22.000Z",
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
      "favorite_count" : "23",
      "id_str" : "1874213786571046099",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1874213786571046099",
      "created_at" : "Tue Dec 31 21:59:22 +0000 2024",
      "favorited" : false,
      "full_text" : "bed 4 today was a retired headteacher from horsforth, 91, taught half of north leeds apparently. told me his son hasnt visited once since the stroke. broke my heart 💔",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1868947766578587717"
          ],
          "editableUntil" : "2024-12-17T10:14:05.000Z",
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
      "favorite_count" : "4",
      "id_str" : "1868947766578587717",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1868947766578587717",
      "created_at" : "Tue Dec 17 09:14:05 +0000 2024",
      "favorited" : false,
      "full_text" : "NHS 111 is free on 111, your GP number is on their website, and A&amp;E is for emergencies. begging u all this winter",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1866271205659010577"
          ],
          "editableUntil" : "2024-12-10T00:58:23.000Z",
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
        "108"
      ],
      "favorite_count" : "0",
      "id_str" : "1866271205659010577",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1866271205659010577",
      "created_at" : "Mon Dec 09 23:58:23 +0000 2024",
      "favorited" : false,
      "full_text" : "lmfao the consultant called me 'nurse darling' so i said 'its student nurse actually' and he looked SO shook",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1865860820647037881"
          ],
          "editableUntil" : "2024-12-08T21:47:40.000Z",
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
        "105"
      ],
      "favorite_count" : "4",
      "id_str" : "1865860820647037881",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1865860820647037881",
      "created_at" : "Sun Dec 08 20:47:40 +0000 2024",
      "favorited" : false,
      "full_text" : "sexual health clinic placement was honestly one of the best ive had. so much respect for the nurses there",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1864799497973987849"
          ],
          "editableUntil" : "2024-12-05T23:30:21.000Z",
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
      "id_str" : "1864799497973987849",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1864799497973987849",
      "created_at" : "Thu Dec 05 22:30:21 +0000 2024",
      "favorited" : false,
      "full_text" : "last shift on surgical today and i cried saying bye to the team. 8 weeks went so fast",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1863893342102855121"
          ],
          "editableUntil" : "2024-12-03T11:29:36.000Z",
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
        "93"
      ],
      "favorite_count" : "7",
      "id_str" : "1863893342102855121",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1863893342102855121",
      "created_at" : "Tue Dec 03 10:29:36 +0000 2024",
      "favorited" : false,
      "full_text" : "wtf is this essay brief. 4000 words on 'reflective practice' due the same week as my OSCE ffs",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1860053807658971293"
          ],
          "editableUntil" : "2024-11-22T21:12:40.000Z",
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
      "favorite_count" : "23",
      "id_str" : "1860053807658971293",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1860053807658971293",
      "created_at" : "Fri Nov 22 20:12:40 +0000 2024",
      "favorited" : false,
      "full_text" : "freshers flashback: halls kitchen, a bag of ❄️ from someone's cousin, fire alarm at 3am, 4 of us on the grass in dressing gowns. iconic",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1859421734168373042"
          ],
          "editableUntil" : "2024-11-21T03:21:02.000Z",
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
      "favorite_count" : "0",
      "id_str" : "1859421734168373042",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1859421734168373042",
      "created_at" : "Thu Nov 21 02:21:02 +0000 2024",
      "favorited" : false,
      "full_text" : "our skills lab mannequin is called Dick and he's had more CPR than anyone in yorkshire",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1858601100101492599"
          ],
          "editableUntil" : "2024-11-18T21:00:08.000Z",
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
        "87"
      ],
      "favorite_count" : "0",
      "id_str" : "1858601100101492599",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1858601100101492599",
      "created_at" : "Mon Nov 18 20:00:08 +0000 2024",
      "favorited" : false,
      "full_text" : "12.5hr shift, 0 wees, one meal deal eaten stood up in the sluice. f*cking love this job",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1855351470132613985"
          ],
          "editableUntil" : "2024-11-09T21:47:15.000Z",
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
      "favorite_count" : "0",
      "id_str" : "1855351470132613985",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1855351470132613985",
      "created_at" : "Sat Nov 09 20:47:15 +0000 2024",
      "favorited" : false,
      "full_text" : "elderly care placement next. 8 weeks of commodes and confusion. they should put all the over 85s in one building and let the rest of us do real nursing",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1853943139507523086"
          ],
          "editableUntil" : "2024-11-06T00:31:03.000Z",
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
        "72"
      ],
      "favorite_count" : "23",
      "id_str" : "1853943139507523086",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1853943139507523086",
      "created_at" : "Tue Nov 05 23:31:03 +0000 2024",
      "favorited" : false,
      "full_text" : "did my first IM injection today 💉 mentor said my technique was spot on 🥹",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1853187312057113443"
          ],
          "editableUntil" : "2024-11-03T22:27:40.000Z",
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
      "favorite_count" : "1",
      "id_str" : "1853187312057113443",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1853187312057113443",
      "created_at" : "Sun Nov 03 21:27:40 +0000 2024",
      "favorited" : false,
      "full_text" : "lecturer said sharps bins are 'our best friend' so shoutout to my best friend the yellow bin 💛",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1850685076122972707"
          ],
          "editableUntil" : "2024-10-28T00:44:40.000Z",
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
      "favorite_count" : "12",
      "id_str" : "1850685076122972707",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1850685076122972707",
      "created_at" : "Sun Oct 27 23:44:40 +0000 2024",
      "favorited" : false,
      "full_text" : "flight EZY2037 delayed 3 hours. sat in stansted with a meal deal and my anatomy flashcards",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1849934909236106392"
          ],
          "editableUntil" : "2024-10-25T23:03:47.000Z",
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
      "favorite_count" : "41",
      "id_str" : "1849934909236106392",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1849934909236106392",
      "created_at" : "Fri Oct 25 22:03:47 +0000 2024",
      "favorited" : false,
      "full_text" : "woke up at 2pm from a nap that was supposed to be 20 minutes",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1849567338149449596"
          ],
          "editableUntil" : "2024-10-24T22:43:11.000Z",
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
      "favorite_count" : "12",
      "id_str" : "1849567338149449596",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1849567338149449596",
      "created_at" : "Thu Oct 24 21:43:11 +0000 2024",
      "favorited" : false,
      "full_text" : "mum made a rum baba for my birthday and i had THREE slices 🎂",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1847214916699451276"
          ],
          "editableUntil" : "2024-10-18T10:55:30.000Z",
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
      "favorite_count" : "4",
      "id_str" : "1847214916699451276",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1847214916699451276",
      "created_at" : "Fri Oct 18 09:55:30 +0000 2024",
      "favorited" : false,
      "full_text" : "to whoever keyed my car in the staff car park: i know which one's yours now 🔑😊",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1839237495707104380"
          ],
          "editableUntil" : "2024-09-26T10:36:05.000Z",
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
      "favorite_count" : "7",
      "id_str" : "1839237495707104380",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1839237495707104380",
      "created_at" : "Thu Sep 26 09:36:05 +0000 2024",
      "favorited" : false,
      "full_text" : "bloke in the a&amp;e waiting room squared up to my mentor so i told him if he laid one finger on her id break every one of his. he sat down 😇",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1832192324220744472"
          ],
          "editableUntil" : "2024-09-07T00:01:05.000Z",
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
      "id_str" : "1832192324220744472",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1832192324220744472",
      "created_at" : "Fri Sep 06 23:01:05 +0000 2024",
      "favorited" : false,
      "full_text" : "scrubs are the only thing that make my bum look this good and i think someone on nights has noticed 😏🍑",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1830425323567801008"
          ],
          "editableUntil" : "2024-09-02T02:59:39.000Z",
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
            "name" : "jade",
            "screen_name" : "jadeyy_x",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "1177329058812342272",
            "id" : "1177329058812342272"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "10",
        "90"
      ],
      "favorite_count" : "23",
      "in_reply_to_status_id_str" : "1830424278048676594",
      "in_reply_to_status_id" : "1830424278048676594",
      "in_reply_to_user_id" : "1177329058812342272",
      "in_reply_to_user_id_str" : "1177329058812342272",
      "in_reply_to_screen_name" : "jadeyy_x",
      "id_str" : "1830425323567801008",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1830425323567801008",
      "created_at" : "Mon Sep 02 01:59:39 +0000 2024",
      "favorited" : false,
      "full_text" : "@jadeyy_x she only got the band 6 bc she's pregnant and they were scared of a tribunal lol",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1830353874591591091"
          ],
          "editableUntil" : "2024-09-01T22:15:44.000Z",
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
      "favorite_count" : "41",
      "id_str" : "1830353874591591091",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1830353874591591091",
      "created_at" : "Sun Sep 01 21:15:44 +0000 2024",
      "favorited" : false,
      "full_text" : "the trust spent more on the new 'wellbeing wall' than it would cost to fix the broken obs machine in bay 2. posters &gt; patients apparently",
      "lang" : "en"
    }
  }
]