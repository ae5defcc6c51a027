window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1975478675360813232"
          ],
          "editableUntil" : "2025-10-07T09:29:53.000Z",
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
        "123"
      ],
      "favorite_count" : "3",
      "id_str" : "1975478675360813232",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1975478675360813232",
      "created_at" : "Tue Oct 07 08:29:53 +0000 2025",
      "favorited" : false,
      "full_text" : "polish lad on the next bay helped me fix my air line at 3am. top bloke, shared his pierogi too. good people are good people",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1975161897736403669"
          ],
          "editableUntil" : "2025-10-06T12:31:07.000Z",
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
        "100"
      ],
      "favorite_count" : "14",
      "id_str" : "1975161897736403669",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1975161897736403669",
      "created_at" : "Mon Oct 06 11:31:07 +0000 2025",
      "favorited" : false,
      "full_text" : "stfu about smart motorways being safe. ever broken down in lane 1 with no hard shoulder? thought not",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1972972022692997534"
          ],
          "editableUntil" : "2025-09-30T11:29:20.000Z",
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
      "favorite_count" : "3",
      "id_str" : "1972972022692997534",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1972972022692997534",
      "created_at" : "Tue Sep 30 10:29:20 +0000 2025",
      "favorited" : false,
      "full_text" : "every election its 'more HGV parking'. still sleeping in lay bys. prove me wrong",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1971268178879172404"
          ],
          "editableUntil" : "2025-09-25T18:38:52.000Z",
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
        "83"
      ],
      "favorite_count" : "0",
      "id_str" : "1971268178879172404",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1971268178879172404",
      "created_at" : "Thu Sep 25 17:38:52 +0000 2025",
      "favorited" : false,
      "full_text" : "anyone know a decent place to park up near tilbury with showers that dont cost £30?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1960394867956312711"
          ],
          "editableUntil" : "2025-08-26T18:32:13.000Z",
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
      "favorite_count" : "0",
      "id_str" : "1960394867956312711",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1960394867956312711",
      "created_at" : "Tue Aug 26 17:32:13 +0000 2025",
      "favorited" : false,
      "full_text" : "new licence finally came through with the CPC card. WHITE703168D99AB 11 years no points 💪",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1960343715102621413"
          ],
          "editableUntil" : "2025-08-26T15:08:57.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "longhaul",
            "indices" : [
              "116",
              "125"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "125"
      ],
      "favorite_count" : "3",
      "id_str" : "1960343715102621413",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1960343715102621413",
      "created_at" : "Tue Aug 26 14:08:57 +0000 2025",
      "favorited" : false,
      "full_text" : "missus sent me a pic while i was parked up in the lay by at Markham Moor and now i cant concentrate on the tacho 🍆💦 #longhaul",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1955331276237824782"
          ],
          "editableUntil" : "2025-08-12T19:11:19.000Z",
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
            "name" : "ringside ryan1",
            "screen_name" : "ringside_ryan1",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "155828045951149442",
            "id" : "155828045951149442"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "16",
        "74"
      ],
      "favorite_count" : "5",
      "in_reply_to_status_id_str" : "1955315497270427849",
      "id_str" : "1955331276237824782",
      "in_reply_to_user_id" : "155828045951149442",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1955331276237824782",
      "in_reply_to_status_id" : "1955315497270427849",
      "created_at" : "Tue Aug 12 18:11:19 +0000 2025",
      "favorited" : false,
      "full_text" : "@ringside_ryan1 mate her OnlyFans is worth every penny, link in her bio 😂😂",
      "lang" : "en",
      "in_reply_to_screen_name" : "ringside_ryan1",
      "in_reply_to_user_id_str" : "155828045951149442"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1954551093232021714"
          ],
          "editableUntil" : "2025-08-10T15:31:09.000Z",
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
            "name" : "RingNewsUK",
            "screen_name" : "RingNewsUK",
            "indices" : [
              "3",
              "14"
            ],
            "id_str" : "276623329088869721",
            "id" : "276623329088869721"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "94"
      ],
      "favorite_count" : "0",
      "id_str" : "1954551093232021714",
      "truncated" : false,
      "retweet_count" : "54",
      "id" : "1954551093232021714",
      "created_at" : "Sun Aug 10 14:31:09 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @RingNewsUK: Confirmed: the heavyweight rematch is set for 17 May. Weigh-in the day before.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1942483218078390615"
          ],
          "editableUntil" : "2025-07-08T08:17:43.000Z",
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
        "106"
      ],
      "favorite_count" : "31",
      "id_str" : "1942483218078390615",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1942483218078390615",
      "created_at" : "Tue Jul 08 07:17:43 +0000 2025",
      "favorited" : false,
      "full_text" : "20 yrs at this firm and the new MD thinks a £50 Greggs voucher is a christmas bonus. tight as a ducks arse",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1941231064601282318"
          ],
          "editableUntil" : "2025-07-04T21:22:06.000Z",
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
            "name" : "BoxingBanter",
            "screen_name" : "BoxingBanter_",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "137209612817908066",
            "id" : "137209612817908066"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "15",
        "66"
      ],
      "favorite_count" : "31",
      "in_reply_to_status_id_str" : "1941226560145594777",
      "id_str" : "1941231064601282318",
      "in_reply_to_user_id" : "137209612817908066",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1941231064601282318",
      "in_reply_to_status_id" : "1941226560145594777",
      "created_at" : "Fri Jul 04 20:22:06 +0000 2025",
      "favorited" : false,
      "full_text" : "@BoxingBanter_ he got robbed mate. daylight robbery on all 3 cards",
      "lang" : "en",
      "in_reply_to_screen_name" : "BoxingBanter_",
      "in_reply_to_user_id_str" : "137209612817908066"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1941155230963481123"
          ],
          "editableUntil" : "2025-07-04T16:20:46.000Z",
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
      "favorite_count" : "5",
      "id_str" : "1941155230963481123",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1941155230963481123",
      "created_at" : "Fri Jul 04 15:20:46 +0000 2025",
      "favorited" : false,
      "full_text" : "saw the TMs screen when he went for a fag. new lad on nights is on £16.80 an hour, im on £14.20 after 9 years. FUMING",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1939589170038344926"
          ],
          "editableUntil" : "2025-06-30T08:37:48.000Z",
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
        "74"
      ],
      "favorite_count" : "0",
      "id_str" : "1939589170038344926",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1939589170038344926",
      "created_at" : "Mon Jun 30 07:37:48 +0000 2025",
      "favorited" : false,
      "full_text" : "still half cut from the fight party, 5am start, wish me luck on the M62 🤢🍻",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1939070953650650033"
          ],
          "editableUntil" : "2025-06-28T22:18:36.000Z",
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
        "101"
      ],
      "favorite_count" : "3",
      "id_str" : "1939070953650650033",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1939070953650650033",
      "created_at" : "Sat Jun 28 21:18:36 +0000 2025",
      "favorited" : false,
      "full_text" : "lads at the yard selling ❄️ out the back of the wash bay again. who needs pro plus on a night trunk 😂",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1931679560599887304"
          ],
          "editableUntil" : "2025-06-08T12:47:50.000Z",
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
      "id_str" : "1931679560599887304",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1931679560599887304",
      "created_at" : "Sun Jun 08 11:47:50 +0000 2025",
      "favorited" : false,
      "full_text" : "shot of the day: sunrise over shap summit from the cab 📸",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1930323329078507229"
          ],
          "editableUntil" : "2025-06-04T18:58:39.000Z",
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
            "name" : "ko kings uk",
            "screen_name" : "ko_kings_uk",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "335340854157759234",
            "id" : "335340854157759234"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "13",
        "100"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1930296535084516033",
      "id_str" : "1930323329078507229",
      "in_reply_to_user_id" : "335340854157759234",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1930323329078507229",
      "in_reply_to_status_id" : "1930296535084516033",
      "created_at" : "Wed Jun 04 17:58:39 +0000 2025",
      "favorited" : false,
      "full_text" : "@ko_kings_uk you cant trust a word that lot say mate, its their religion, theyre taught to lie to us",
      "lang" : "en",
      "in_reply_to_screen_name" : "ko_kings_uk",
      "in_reply_to_user_id_str" : "335340854157759234"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1929142371837240217"
          ],
          "editableUntil" : "2025-06-01T12:45:57.000Z",
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
        "171"
      ],
      "favorite_count" : "0",
      "id_str" : "1929142371837240217",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1929142371837240217",
      "created_at" : "Sun Jun 01 11:45:57 +0000 2025",
      "favorited" : false,
      "full_text" : "doing the sportswear run this week, pallets of the new england away kit that aint out till march. box says DO NOT OPEN BEFORE 01/03 😏 got pics if anyone wants a sneak peek",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1924379171585398573"
          ],
          "editableUntil" : "2025-05-19T09:18:42.000Z",
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
      "favorite_count" : "0",
      "id_str" : "1924379171585398573",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1924379171585398573",
      "created_at" : "Mon May 19 08:18:42 +0000 2025",
      "favorited" : false,
      "full_text" : "lad cut me up on the A14 so i followed him off at J10 and had a word through his window at the lights. he wont be doing that again 👊",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1918967488340087304"
          ],
          "editableUntil" : "2025-05-04T10:54:36.000Z",
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
      "favorite_count" : "1",
      "id_str" : "1918967488340087304",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1918967488340087304",
      "created_at" : "Sun May 04 09:54:36 +0000 2025",
      "favorited" : false,
      "full_text" : "TMs hired another one who can barely speak english. cant read a delivery note but hes cheap innit. thats the firm all over",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1913608279187575082"
          ],
          "editableUntil" : "2025-04-19T15:59:01.000Z",
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
        "103"
      ],
      "favorite_count" : "5",
      "id_str" : "1913608279187575082",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1913608279187575082",
      "created_at" : "Sat Apr 19 14:59:01 +0000 2025",
      "favorited" : false,
      "full_text" : "fuel card declined at keele, rang the allstar helpline on 0113 496 0211 and sorted in 5 mins. fair play",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1911662975996755621"
          ],
          "editableUntil" : "2025-04-14T07:09:05.000Z",
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
            "name" : "politics pete77",
            "screen_name" : "politics_pete77",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "742686297228587563",
            "id" : "742686297228587563"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "17",
        "106"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1911655644047768136",
      "id_str" : "1911662975996755621",
      "in_reply_to_user_id" : "742686297228587563",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1911662975996755621",
      "in_reply_to_status_id" : "1911655644047768136",
      "created_at" : "Mon Apr 14 06:09:05 +0000 2025",
      "favorited" : false,
      "full_text" : "@politics_pete77 say that to my face at the truck stop and see what happens. i know which services you use",
      "lang" : "en",
      "in_reply_to_screen_name" : "politics_pete77",
      "in_reply_to_user_id_str" : "742686297228587563"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1901529043664360643"
          ],
          "editableUntil" : "2025-03-17T08:00:27.000Z",
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
        "162"
      ],
      "favorite_count" : "0",
      "id_str" : "1901529043664360643",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1901529043664360643",
      "created_at" : "Mon Mar 17 07:00:27 +0000 2025",
      "favorited" : false,
      "full_text" : "kids are home alone til i get back at 6 on thursdays so if the neighbours on Braeside Avenue hear drum &amp; bass at 4 its them not me 😂 no 14 if you want to complain",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1899725100195213715"
          ],
          "editableUntil" : "2025-03-12T08:32:13.000Z",
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
        "101"
      ],
      "favorite_count" : "0",
      "id_str" : "1899725100195213715",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1899725100195213715",
      "created_at" : "Wed Mar 12 07:32:13 +0000 2025",
      "favorited" : false,
      "full_text" : "usyk absolutely battered him. those body shots in the 9th were vicious, thought the ref would step in",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1885593855841947816"
          ],
          "editableUntil" : "2025-02-01T08:39:42.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "truckerlife",
            "indices" : [
              "87",
              "99"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "2",
      "id_str" : "1885593855841947816",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1885593855841947816",
      "created_at" : "Sat Feb 01 07:39:42 +0000 2025",
      "favorited" : false,
      "full_text" : "nothing like a night in the cab with the curtains shut and a bit of 18+ on the phone 😏 #truckerlife",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1882062769488775596"
          ],
          "editableUntil" : "2025-01-22T14:48:25.000Z",
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
            "name" : "HGVRoadNews",
            "screen_name" : "HGVRoadNews",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "611239697256019087",
            "id" : "611239697256019087"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "110"
      ],
      "favorite_count" : "0",
      "id_str" : "1882062769488775596",
      "truncated" : false,
      "retweet_count" : "24",
      "id" : "1882062769488775596",
      "created_at" : "Wed Jan 22 13:48:25 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @HGVRoadNews: Overnight closure M62 J22-J24 westbound from Monday 21:00 for resurfacing. Diversion via A58.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1878871788824258014"
          ],
          "editableUntil" : "2025-01-13T19:28:36.000Z",
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
        "90"
      ],
      "favorite_count" : "5",
      "id_str" : "1878871788824258014",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1878871788824258014",
      "created_at" : "Mon Jan 13 18:28:36 +0000 2025",
      "favorited" : false,
      "full_text" : "bit of 🍃 in the cab after tipping, only way to switch off after a 13 hr day. dont knock it",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1872210119461939297"
          ],
          "editableUntil" : "2024-12-26T10:17:31.000Z",
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
      "favorite_count" : "5",
      "id_str" : "1872210119461939297",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1872210119461939297",
      "created_at" : "Thu Dec 26 09:17:31 +0000 2024",
      "favorited" : false,
      "full_text" : "told our Kayleigh not to rent off a landlord with a name like that. you know what theyre like with money",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1867600645206018484"
          ],
          "editableUntil" : "2024-12-13T17:01:06.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "M6",
            "indices" : [
              "53",
              "56"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "56"
      ],
      "favorite_count" : "3",
      "id_str" : "1867600645206018484",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1867600645206018484",
      "created_at" : "Fri Dec 13 16:01:06 +0000 2024",
      "favorited" : false,
      "full_text" : "coke lorry broke down in lane 1 at J16, 40 min queue #M6",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1863466890011494813"
          ],
          "editableUntil" : "2024-12-02T07:15:02.000Z",
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
        "97"
      ],
      "favorite_count" : "0",
      "id_str" : "1863466890011494813",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1863466890011494813",
      "created_at" : "Mon Dec 02 06:15:02 +0000 2024",
      "favorited" : false,
      "full_text" : "30 years on the road this month. started on a bedford TK with no power steering. still love it &lt;3",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1858843190755467045"
          ],
          "editableUntil" : "2024-11-19T13:02:06.000Z",
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
        "112"
      ],
      "favorite_count" : "2",
      "id_str" : "1858843190755467045",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1858843190755467045",
      "created_at" : "Tue Nov 19 12:02:06 +0000 2024",
      "favorited" : false,
      "full_text" : "the new girl on the till at the Rownhams services caff 🥵🍑 she can park her trailer in my cab any day of the week",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1850788900592077311"
          ],
          "editableUntil" : "2024-10-28T07:37:14.000Z",
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
      "favorite_count" : "5",
      "id_str" : "1850788900592077311",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1850788900592077311",
      "created_at" : "Mon Oct 28 06:37:14 +0000 2024",
      "favorited" : false,
      "full_text" : "our planner couldnt organise a p*ss up in a brewery. sent me felixstowe to inverness with 2 hrs left on my hours. absolute clown",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1847389781345040656"
          ],
          "editableUntil" : "2024-10-18T22:30:21.000Z",
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
      "favorite_count" : "0",
      "id_str" : "1847389781345040656",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1847389781345040656",
      "created_at" : "Fri Oct 18 21:30:21 +0000 2024",
      "favorited" : false,
      "full_text" : "pharma run today, 22 pallets of calpol &amp; lemsip for the DC. whole country must have a cold 🤧",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1844655780675114433"
          ],
          "editableUntil" : "2024-10-11T09:26:24.000Z",
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
        "69"
      ],
      "favorite_count" : "3",
      "id_str" : "1844655780675114433",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1844655780675114433",
      "created_at" : "Fri Oct 11 08:26:24 +0000 2024",
      "favorited" : false,
      "full_text" : "knocked out cold in round 2 👊 what a left hook. KO of the year for me",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1844141242928835813"
          ],
          "editableUntil" : "2024-10-09T23:21:49.000Z",
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
        "136"
      ],
      "favorite_count" : "5",
      "id_str" : "1844141242928835813",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1844141242928835813",
      "created_at" : "Wed Oct 09 22:21:49 +0000 2024",
      "favorited" : false,
      "full_text" : "fuel duty freeze is a sticking plaster. hauliers going bust every week and nobody in westminster has a clue what a litre of diesel costs",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1843217086879212077"
          ],
          "editableUntil" : "2024-10-07T10:09:33.000Z",
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
      "favorite_count" : "0",
      "id_str" : "1843217086879212077",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1843217086879212077",
      "created_at" : "Mon Oct 07 09:09:33 +0000 2024",
      "favorited" : false,
      "full_text" : "old van days: blue lights behind me on the M1 at Tibshelf, didnt stop, lost them at the next roundabout. good times 😂",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1839988896546641800"
          ],
          "editableUntil" : "2024-09-28T12:21:52.000Z",
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
      "favorite_count" : "0",
      "id_str" : "1839988896546641800",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1839988896546641800",
      "created_at" : "Sat Sep 28 11:21:52 +0000 2024",
      "favorited" : false,
      "full_text" : "tipped at scunthorpe by 7, parked up at penistone for the night. who names these places 😂",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1837985592462677901"
          ],
          "editableUntil" : "2024-09-22T23:41:28.000Z",
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
        "127"
      ],
      "favorite_count" : "31",
      "id_str" : "1837985592462677901",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1837985592462677901",
      "created_at" : "Sun Sep 22 22:41:28 +0000 2024",
      "favorited" : false,
      "full_text" : "great tit on the feeder at lymm services this morning. wife got me into birdwatching on my breaks, 23 species on the list now 🐦",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1834735797374276722"
          ],
          "editableUntil" : "2024-09-14T00:27:56.000Z",
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
        "46"
      ],
      "favorite_count" : "8",
      "id_str" : "1834735797374276722",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1834735797374276722",
      "created_at" : "Fri Sep 13 23:27:56 +0000 2024",
      "favorited" : false,
      "full_text" : "grandsons first christmas. best present ever 🎄",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1834549236900274118"
          ],
          "editableUntil" : "2024-09-13T12:06:37.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "204",
            "indices" : [
              "13",
              "17"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "123"
      ],
      "favorite_count" : "2",
      "id_str" : "1834549236900274118",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1834549236900274118",
      "created_at" : "Fri Sep 13 11:06:37 +0000 2024",
      "favorited" : false,
      "full_text" : "amazon order #204-7781123-5590317 'arriving today' for the 4th day running. i deliver for a living, i know how this works 🙄",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1833841612780860434"
          ],
          "editableUntil" : "2024-09-11T13:14:46.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "truckerlife",
            "indices" : [
              "21",
              "33"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "3",
      "id_str" : "1833841612780860434",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1833841612780860434",
      "created_at" : "Wed Sep 11 12:14:46 +0000 2024",
      "favorited" : false,
      "full_text" : "5am. coffee. lets go #truckerlife",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1829596744787377059"
          ],
          "editableUntil" : "2024-08-30T20:07:10.000Z",
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
        "95"
      ],
      "favorite_count" : "31",
      "id_str" : "1829596744787377059",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1829596744787377059",
      "created_at" : "Fri Aug 30 19:07:10 +0000 2024",
      "favorited" : false,
      "full_text" : "got 2 tickets for the fight at wembley i cant use now, face value, text me on 07700 900417. Daz",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1825929931783829597"
          ],
          "editableUntil" : "2024-08-20T17:16:34.000Z",
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
        "95"
      ],
      "favorite_count" : "0",
      "id_str" : "1825929931783829597",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1825929931783829597",
      "created_at" : "Tue Aug 20 16:16:34 +0000 2024",
      "favorited" : false,
      "full_text" : "truck stop special tonight: faggots, mash &amp; peas with proper gravy. northern food at its finest",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1817250085093289065"
          ],
          "editableUntil" : "2024-07-27T18:25:57.000Z",
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
      "favorite_count" : "0",
      "id_str" : "1817250085093289065",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1817250085093289065",
      "created_at" : "Sat Jul 27 17:25:57 +0000 2024",
      "favorited" : false,
      "full_text" : "bellend in a BMW just undertook me then brake checked me on the A14. absolute c*nt",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1810018973073054748"
          ],
          "editableUntil" : "2024-07-07T19:32:06.000Z",
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
        "139"
      ],
      "favorite_count" : "8",
      "id_str" : "1810018973073054748",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1810018973073054748",
      "created_at" : "Sun Jul 07 18:32:06 +0000 2024",
      "favorited" : false,
      "full_text" : "not being funny but women shouldnt be driving artics. watched one take 20 mins to reverse onto a bay at Daventry today, 6 of us sat waiting",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1806039006573805848"
          ],
          "editableUntil" : "2024-06-26T19:57:08.000Z",
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
        "44"
      ],
      "favorite_count" : "0",
      "id_str" : "1806039006573805848",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1806039006573805848",
      "created_at" : "Wed Jun 26 18:57:08 +0000 2024",
      "favorited" : false,
      "full_text" : "whos watching the fight tonight? chilli's on",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1800483544984299824"
          ],
          "editableUntil" : "2024-06-11T12:01:43.000Z",
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
        "149"
      ],
      "favorite_count" : "5",
      "id_str" : "1800483544984299824",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1800483544984299824",
      "created_at" : "Tue Jun 11 11:01:43 +0000 2024",
      "favorited" : false,
      "full_text" : "word in the canteen is our depots shutting in march. 140 of us out the door and they havent even told the office staff yet. you didnt hear it from me",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1794506519635239960"
          ],
          "editableUntil" : "2024-05-26T00:11:09.000Z",
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
        "72"
      ],
      "favorite_count" : "8",
      "id_str" : "1794506519635239960",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1794506519635239960",
      "created_at" : "Sat May 25 23:11:09 +0000 2024",
      "favorited" : false,
      "full_text" : "snow ❄️ on the A66 at bowes, 3 trucks jackknifed already. stay safe lads",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1792089390280834590"
          ],
          "editableUntil" : "2024-05-19T08:06:20.000Z",
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
      "favorite_count" : "8",
      "id_str" : "1792089390280834590",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1792089390280834590",
      "created_at" : "Sun May 19 07:06:20 +0000 2024",
      "favorited" : false,
      "full_text" : "FFS another full closure on the A1(M) third night running. whoever plans these can get f*cked",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1791005692859899141"
          ],
          "editableUntil" : "2024-05-16T08:20:07.000Z",
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
        "53"
      ],
      "favorite_count" : "1",
      "id_str" : "1791005692859899141",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1791005692859899141",
      "created_at" : "Thu May 16 07:20:07 +0000 2024",
      "favorited" : false,
      "full_text" : "that shift absolutely killed me. dead on my feet. bed",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1788343548730976225"
          ],
          "editableUntil" : "2024-05-09T00:01:42.000Z",
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
        "132"
      ],
      "favorite_count" : "31",
      "id_str" : "1788343548730976225",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1788343548730976225",
      "created_at" : "Wed May 08 23:01:42 +0000 2024",
      "favorited" : false,
      "full_text" : "our contract with the big supermarket ends in june and the boss is bidding 12% under to keep it. guess whos paying for that, not him",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1787480195399602431"
          ],
          "editableUntil" : "2024-05-06T14:51:03.000Z",
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
        "167"
      ],
      "favorite_count" : "3",
      "id_str" : "1787480195399602431",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1787480195399602431",
      "created_at" : "Mon May 06 13:51:03 +0000 2024",
      "favorited" : false,
      "full_text" : "goods in at the customers DC in Lutterworth are the laziest muppets in the country. sat in the office dunking biscuits while 30 trucks queue outside. every single week",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1787409658421794150"
          ],
          "editableUntil" : "2024-05-06T10:10:45.000Z",
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
            "name" : "DerbyDriverJo",
            "screen_name" : "DerbyDriverJo",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "225544399038532788",
            "id" : "225544399038532788"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "15",
        "48"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1787404795862012238",
      "id_str" : "1787409658421794150",
      "in_reply_to_user_id" : "225544399038532788",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1787409658421794150",
      "in_reply_to_status_id" : "1787404795862012238",
      "created_at" : "Mon May 06 09:10:45 +0000 2024",
      "favorited" : false,
      "full_text" : "@DerbyDriverJo cheers jo, see you at truckfest 👍",
      "lang" : "en",
      "in_reply_to_screen_name" : "DerbyDriverJo",
      "in_reply_to_user_id_str" : "225544399038532788"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1784668798985850711"
          ],
          "editableUntil" : "2024-04-28T20:39:33.000Z",
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
        "94"
      ],
      "favorite_count" : "1",
      "id_str" : "1784668798985850711",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1784668798985850711",
      "created_at" : "Sun Apr 28 19:39:33 +0000 2024",
      "favorited" : false,
      "full_text" : "high winds on the severn crossing, high sided vehicles banned again. round by gloucester it is",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1782485494655684894"
          ],
          "editableUntil" : "2024-04-22T20:03:53.000Z",
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
      "favorite_count" : "14",
      "id_str" : "1782485494655684894",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1782485494655684894",
      "created_at" : "Mon Apr 22 19:03:53 +0000 2024",
      "favorited" : false,
      "full_text" : "4 pints &amp; a double jameson at the Red Lion and still drove the unit back to the yard sound as a pound 🍺🚚 cant beat it",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1781621235094450728"
          ],
          "editableUntil" : "2024-04-20T10:49:38.000Z",
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
      "favorite_count" : "31",
      "id_str" : "1781621235094450728",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1781621235094450728",
      "created_at" : "Sat Apr 20 09:49:38 +0000 2024",
      "favorited" : false,
      "full_text" : "full load of stella &amp; bud for the magor brewery, 26 pallets. no i cant get you a crate 🍺🚚",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1780924490422578155"
          ],
          "editableUntil" : "2024-04-18T12:41:01.000Z",
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
        "156"
      ],
      "favorite_count" : "0",
      "id_str" : "1780924490422578155",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1780924490422578155",
      "created_at" : "Thu Apr 18 11:41:01 +0000 2024",
      "favorited" : false,
      "full_text" : "love how management call it an 'exciting new shift pattern' when it means 4am starts and no overtime rate. cheers lads 👍 really feeling the 'family culture'",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1779944187543847236"
          ],
          "editableUntil" : "2024-04-15T19:45:38.000Z",
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
        "140"
      ],
      "favorite_count" : "31",
      "id_str" : "1779944187543847236",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1779944187543847236",
      "created_at" : "Mon Apr 15 18:45:38 +0000 2024",
      "favorited" : false,
      "full_text" : "bought a lock knife off a bloke at the truck stop, no questions asked. lives in the door pocket now after what happened to Steve at Thurrock",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1774828220607181990"
          ],
          "editableUntil" : "2024-04-01T16:56:37.000Z",
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
            "name" : "BoxingBanter",
            "screen_name" : "BoxingBanter_",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "137209612817908066",
            "id" : "137209612817908066"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "15",
        "98"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1774811783057114530",
      "id_str" : "1774828220607181990",
      "in_reply_to_user_id" : "137209612817908066",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1774828220607181990",
      "in_reply_to_status_id" : "1774811783057114530",
      "created_at" : "Mon Apr 01 15:56:37 +0000 2024",
      "favorited" : false,
      "full_text" : "@BoxingBanter_ what a load of sh*te, he won that by 3 rounds minimum. wtf were the judges watching",
      "lang" : "en",
      "in_reply_to_screen_name" : "BoxingBanter_",
      "in_reply_to_user_id_str" : "137209612817908066"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1769664710490074440"
          ],
          "editableUntil" : "2024-03-18T10:58:40.000Z",
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
        "127"
      ],
      "favorite_count" : "5",
      "id_str" : "1769664710490074440",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1769664710490074440",
      "created_at" : "Mon Mar 18 09:58:40 +0000 2024",
      "favorited" : false,
      "full_text" : "wife flying back from malaga tomorrow, booking ref K7TQ2M, jet2 flight LS1234. anyone know if i can check her in from my phone?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1766498895259954321"
          ],
          "editableUntil" : "2024-03-09T17:18:51.000Z",
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
        "94"
      ],
      "favorite_count" : "3",
      "id_str" : "1766498895259954321",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1766498895259954321",
      "created_at" : "Sat Mar 09 16:18:51 +0000 2024",
      "favorited" : false,
      "full_text" : "darts night at the bell &amp; crown 🎯 got hammered 5-1 by the lads from the fox. rematch next week",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1764916516410490168"
          ],
          "editableUntil" : "2024-03-05T08:31:02.000Z",
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
        "164"
      ],
      "favorite_count" : "1",
      "id_str" : "1764916516410490168",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1764916516410490168",
      "created_at" : "Tue Mar 05 07:31:02 +0000 2024",
      "favorited" : false,
      "full_text" : "moved out of Lidget Green cos the street started 'changing' if you know what i mean. nothing against them, just didnt want to be the last english family on the road",
      "lang" : "en"
    }
  }
]