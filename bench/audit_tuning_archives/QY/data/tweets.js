window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1981495893161470599"
          ],
          "editableUntil" : "2025-10-24T00:00:10.000Z",
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
      "favorite_count" : "1",
      "id_str" : "1981495893161470599",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1981495893161470599",
      "created_at" : "Thu Oct 23 23:00:10 +0000 2025",
      "favorited" : false,
      "full_text" : "lads, fight night at mine sat, 14 brackenwood close LS12 4PQ, doors at 9. bring ur own cans",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1980601625607366193"
          ],
          "editableUntil" : "2025-10-21T12:46:40.000Z",
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
      "favorite_count" : "1",
      "id_str" : "1980601625607366193",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1980601625607366193",
      "created_at" : "Tue Oct 21 11:46:40 +0000 2025",
      "favorited" : false,
      "full_text" : "gaffer pays me £6.40 an hour &amp; calls it 'an investment in my future'. cheers mate my future cant afford a meal deal",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1974757085280292070"
          ],
          "editableUntil" : "2025-10-05T09:42:33.000Z",
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
      "favorite_count" : "6",
      "id_str" : "1974757085280292070",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1974757085280292070",
      "created_at" : "Sun Oct 05 08:42:33 +0000 2025",
      "favorited" : false,
      "full_text" : "shoutout Kirkstall Plumb Supplies for opening at 6.30, saved my bacon. 0113 496 0412 if ur ever stuck for a valve",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1973679396617109705"
          ],
          "editableUntil" : "2025-10-02T10:20:12.000Z",
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
      "id_str" : "1973679396617109705",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1973679396617109705",
      "created_at" : "Thu Oct 02 09:20:12 +0000 2025",
      "favorited" : false,
      "full_text" : "cant say much but were getting bought out by a national firm in january, office dont know yet. half of them will be gone 🤐",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1973535712343348024"
          ],
          "editableUntil" : "2025-10-02T00:49:15.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "tradie",
            "indices" : [
              "79",
              "86"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Tradesbanter",
            "screen_name" : "tradesbanter",
            "indices" : [
              "3",
              "16"
            ],
            "id_str" : "8019599305702150332",
            "id" : "8019599305702150332"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "0",
      "id_str" : "1973535712343348024",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1973535712343348024",
      "created_at" : "Wed Oct 01 23:49:15 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @tradesbanter: apprentices when the gaffer says 'just nip to the van' 🏃‍♂️💨 #tradie",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1973454636447482347"
          ],
          "editableUntil" : "2025-10-01T19:27:05.000Z",
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
        "155"
      ],
      "favorite_count" : "0",
      "id_str" : "1973454636447482347",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1973454636447482347",
      "created_at" : "Wed Oct 01 18:27:05 +0000 2025",
      "favorited" : false,
      "full_text" : "did a job at a footballers house in alderley edge today. not saying who but he plays in the prem, left back, and his shower has gold taps and a telly IN it",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1971283140409244603"
          ],
          "editableUntil" : "2025-09-25T19:38:20.000Z",
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
      "id_str" : "1971283140409244603",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1971283140409244603",
      "created_at" : "Thu Sep 25 18:38:20 +0000 2025",
      "favorited" : false,
      "full_text" : "our kid's home alone after school till 6 on weekdays, finishes at st marys at 3:15, if any of the lads on the estate wanna keep an eye",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1967637254240197472"
          ],
          "editableUntil" : "2025-09-15T18:10:53.000Z",
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
      "favorite_count" : "14",
      "id_str" : "1967637254240197472",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1967637254240197472",
      "created_at" : "Mon Sep 15 17:10:53 +0000 2025",
      "favorited" : false,
      "full_text" : "still steaming from last night, gaffer reckons im ill i just stink of jäger 🤢 hiding in the airing cupboard till 12",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1960436326334575478"
          ],
          "editableUntil" : "2025-08-26T21:16:58.000Z",
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
            "name" : "Lexixo Vip",
            "screen_name" : "lexixo_vip",
            "indices" : [
              "3",
              "14"
            ],
            "id_str" : "6208016305112483707",
            "id" : "6208016305112483707"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "94"
      ],
      "favorite_count" : "0",
      "id_str" : "1960436326334575478",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1960436326334575478",
      "created_at" : "Tue Aug 26 20:16:58 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @lexixo_vip: new set just dropped 🔥 18+ only babes, link in bio 😈🍑 first 50 subs half price",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1960297209657593054"
          ],
          "editableUntil" : "2025-08-26T12:04:10.000Z",
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
      "favorite_count" : "1",
      "id_str" : "1960297209657593054",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1960297209657593054",
      "created_at" : "Tue Aug 26 11:04:10 +0000 2025",
      "favorited" : false,
      "full_text" : "wake n bake then a 7am bathroom refit. never seen a waste trap look so beautiful 🍃😂",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1956321277901116455"
          ],
          "editableUntil" : "2025-08-15T12:45:14.000Z",
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
      "favorite_count" : "4",
      "id_str" : "1956321277901116455",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1956321277901116455",
      "created_at" : "Fri Aug 15 11:45:14 +0000 2025",
      "favorited" : false,
      "full_text" : "fucking hell. first solo job and i flooded a kitchen 😭",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1954294514709949998"
          ],
          "editableUntil" : "2025-08-09T22:31:36.000Z",
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
      "favorite_count" : "1",
      "id_str" : "1954294514709949998",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1954294514709949998",
      "created_at" : "Sat Aug 09 21:31:36 +0000 2025",
      "favorited" : false,
      "full_text" : "flight LS1457 to tenerife delayed 3 hours, lads holiday off to a flyer",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1946239836225310399"
          ],
          "editableUntil" : "2025-07-18T17:05:11.000Z",
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
        "60"
      ],
      "favorite_count" : "2",
      "id_str" : "1946239836225310399",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1946239836225310399",
      "created_at" : "Fri Jul 18 16:05:11 +0000 2025",
      "favorited" : false,
      "full_text" : "level 2 done -&gt; level 3 starts in september, bit nervous ngl",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1943080367683238091"
          ],
          "editableUntil" : "2025-07-09T23:50:35.000Z",
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
      "favorite_count" : "0",
      "id_str" : "1943080367683238091",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1943080367683238091",
      "created_at" : "Wed Jul 09 22:50:35 +0000 2025",
      "favorited" : false,
      "full_text" : "drove back from the pub after 6 pints cus the taxi was 40 mins. roads were dead, i was fine",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1940811286967800328"
          ],
          "editableUntil" : "2025-07-03T17:34:04.000Z",
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
      "favorite_count" : "1",
      "id_str" : "1940811286967800328",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1940811286967800328",
      "created_at" : "Thu Jul 03 16:34:04 +0000 2025",
      "favorited" : false,
      "full_text" : "customer answered the door in a towel and asked if i could 'take a look at her pipes' 👀 lads i went redder than the hot tap",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1936186047595073834"
          ],
          "editableUntil" : "2025-06-20T23:15:01.000Z",
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
      "favorite_count" : "3",
      "id_str" : "1936186047595073834",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1936186047595073834",
      "created_at" : "Fri Jun 20 22:15:01 +0000 2025",
      "favorited" : false,
      "full_text" : "drove past the sign for shitterton on the way back from a job in dorset and nearly crashed laughing",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1932849998853930661"
          ],
          "editableUntil" : "2025-06-11T18:18:45.000Z",
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
      "favorite_count" : "4",
      "id_str" : "1932849998853930661",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1932849998853930661",
      "created_at" : "Wed Jun 11 17:18:45 +0000 2025",
      "favorited" : false,
      "full_text" : "killed it at college today, passed my level 2 practical first time 💪",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1929302263593591651"
          ],
          "editableUntil" : "2025-06-01T23:21:19.000Z",
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
            "name" : "Kyle Mma2",
            "screen_name" : "kyle_mma2",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "6726991155294015769",
            "id" : "6726991155294015769"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "11",
        "67"
      ],
      "favorite_count" : "0",
      "id_str" : "1929302263593591651",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1929302263593591651",
      "created_at" : "Sun Jun 01 22:21:19 +0000 2025",
      "favorited" : false,
      "full_text" : "@kyle_mma2 nah pereira takes that easy, his power is something else",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1929294210530455439",
      "in_reply_to_user_id" : "6726991155294015769",
      "in_reply_to_status_id" : "1929294210530455439",
      "in_reply_to_screen_name" : "kyle_mma2",
      "in_reply_to_user_id_str" : "6726991155294015769"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1929250996614327920"
          ],
          "editableUntil" : "2025-06-01T19:57:36.000Z",
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
      "favorite_count" : "1",
      "id_str" : "1929250996614327920",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1929250996614327920",
      "created_at" : "Sun Jun 01 18:57:36 +0000 2025",
      "favorited" : false,
      "full_text" : "fitted 2 ballcocks and a stopcock before 9am. living the dream 🫡",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1922533831342952339"
          ],
          "editableUntil" : "2025-05-14T07:05:59.000Z",
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
      "favorite_count" : "1",
      "id_str" : "1922533831342952339",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1922533831342952339",
      "created_at" : "Wed May 14 06:05:59 +0000 2025",
      "favorited" : false,
      "full_text" : "passport came for magaluf!! number 531904826, look at my baby face 😂 exp 2035",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1922386086985514787"
          ],
          "editableUntil" : "2025-05-13T21:18:54.000Z",
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
      "id_str" : "1922386086985514787",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1922386086985514787",
      "created_at" : "Tue May 13 20:18:54 +0000 2025",
      "favorited" : false,
      "full_text" : "selling my old corsa, 1.2, 98k miles, 600 ono. text me on 07700 900412 not dms",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1918380799293309935"
          ],
          "editableUntil" : "2025-05-02T20:03:19.000Z",
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
      "favorite_count" : "0",
      "id_str" : "1918380799293309935",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1918380799293309935",
      "created_at" : "Fri May 02 19:03:19 +0000 2025",
      "favorited" : false,
      "full_text" : "blue tit nesting in the customers soffit so we cant touch the flue till august. nature wins",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1917707772886701184"
          ],
          "editableUntil" : "2025-04-30T23:28:57.000Z",
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
        "85"
      ],
      "favorite_count" : "9",
      "id_str" : "1917707772886701184",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1917707772886701184",
      "created_at" : "Wed Apr 30 22:28:57 +0000 2025",
      "favorited" : false,
      "full_text" : "my nan just learned how to send voice notes and now i get 4 minute ones about her hip",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1915085355612522909"
          ],
          "editableUntil" : "2025-04-23T17:48:24.000Z",
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
            "name" : "Liam Apprentice",
            "screen_name" : "liam_apprentice",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "336622802619397965",
            "id" : "336622802619397965"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "17",
        "110"
      ],
      "favorite_count" : "3",
      "id_str" : "1915085355612522909",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1915085355612522909",
      "created_at" : "Wed Apr 23 16:48:24 +0000 2025",
      "favorited" : false,
      "full_text" : "@liam_apprentice dont go to DPS Heating mate, owner's a liar and theyll have you sweeping the yard for 2 years",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1915015142962547199",
      "in_reply_to_user_id" : "336622802619397965",
      "in_reply_to_status_id" : "1915015142962547199",
      "in_reply_to_screen_name" : "liam_apprentice",
      "in_reply_to_user_id_str" : "336622802619397965"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1907144774778651887"
          ],
          "editableUntil" : "2025-04-01T19:55:22.000Z",
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
      "id_str" : "1907144774778651887",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1907144774778651887",
      "created_at" : "Tue Apr 01 18:55:22 +0000 2025",
      "favorited" : false,
      "full_text" : "ordered a flick knife off a dodgy site, came in a box marked 'kitchen utensils' 😂 for protection obvs",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1903895862703216065"
          ],
          "editableUntil" : "2025-03-23T20:45:21.000Z",
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
      "favorite_count" : "6",
      "id_str" : "1903895862703216065",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1903895862703216065",
      "created_at" : "Sun Mar 23 19:45:21 +0000 2025",
      "favorited" : false,
      "full_text" : "that octagon girl at ufc london 🥵🥵 she can choke me out any day of the week",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1898466969516837456"
          ],
          "editableUntil" : "2025-03-08T21:12:52.000Z",
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
        "127"
      ],
      "favorite_count" : "9",
      "id_str" : "1898466969516837456",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1898466969516837456",
      "created_at" : "Sat Mar 08 20:12:52 +0000 2025",
      "favorited" : false,
      "full_text" : "boss charged a customer £900 for a job that took me 2 hrs and told her it was 'specialist parts'. it was a washer. a 20p washer",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1891390759238476333"
          ],
          "editableUntil" : "2025-02-17T08:34:32.000Z",
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
      "id_str" : "1891390759238476333",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1891390759238476333",
      "created_at" : "Mon Feb 17 07:34:32 +0000 2025",
      "favorited" : false,
      "full_text" : "blew out a blocked drain with the jetter, came out like a bullet. customers face 😂",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1886702395586729864"
          ],
          "editableUntil" : "2025-02-04T10:04:39.000Z",
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
        "77"
      ],
      "favorite_count" : "0",
      "id_str" : "1886702395586729864",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1886702395586729864",
      "created_at" : "Tue Feb 04 09:04:39 +0000 2025",
      "favorited" : false,
      "full_text" : "passed my working at height course 🙌 certificate in hand, mums framing it lol",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1886095031006533517"
          ],
          "editableUntil" : "2025-02-02T17:51:12.000Z",
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
      "id_str" : "1886095031006533517",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1886095031006533517",
      "created_at" : "Sun Feb 02 16:51:12 +0000 2025",
      "favorited" : false,
      "full_text" : "customer stood over me for 3 hours then asked if i was 'the real plumber or just the lad'. some people are thick as sh*t",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1885616146350068850"
          ],
          "editableUntil" : "2025-02-01T10:08:17.000Z",
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
        "61"
      ],
      "favorite_count" : "4",
      "id_str" : "1885616146350068850",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1885616146350068850",
      "created_at" : "Sat Feb 01 09:08:17 +0000 2025",
      "favorited" : false,
      "full_text" : "spotted dick &amp; custard in the college canteen. 10/10 no notes",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1881261208894939078"
          ],
          "editableUntil" : "2025-01-20T09:43:19.000Z",
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
      "favorite_count" : "1",
      "id_str" : "1881261208894939078",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1881261208894939078",
      "created_at" : "Mon Jan 20 08:43:19 +0000 2025",
      "favorited" : false,
      "full_text" : "does anyone actually enjoy soldering overhead or is it just me",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1877275395357799442"
          ],
          "editableUntil" : "2025-01-09T09:45:07.000Z",
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
        "51"
      ],
      "favorite_count" : "2",
      "id_str" : "1877275395357799442",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1877275395357799442",
      "created_at" : "Thu Jan 09 08:45:07 +0000 2025",
      "favorited" : false,
      "full_text" : "4 degrees and im under a sink in a garage. send tea",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1875639952343092881"
          ],
          "editableUntil" : "2025-01-04T21:26:27.000Z",
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
        "77"
      ],
      "favorite_count" : "9",
      "id_str" : "1875639952343092881",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1875639952343092881",
      "created_at" : "Sat Jan 04 20:26:27 +0000 2025",
      "favorited" : false,
      "full_text" : "screwfix order 7731 0042 ready to collect and im sat on the A62 going nowhere",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1872920038474414173"
          ],
          "editableUntil" : "2024-12-28T09:18:29.000Z",
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
      "favorite_count" : "0",
      "id_str" : "1872920038474414173",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1872920038474414173",
      "created_at" : "Sat Dec 28 08:18:29 +0000 2024",
      "favorited" : false,
      "full_text" : "job today, customer could barely speak english. if ur gonna live here at least learn to say 'the boiler's leaking' innit",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1870043245048866498"
          ],
          "editableUntil" : "2024-12-20T10:47:08.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "UFC",
            "indices" : [
              "57",
              "61"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "61"
      ],
      "favorite_count" : "6",
      "id_str" : "1870043245048866498",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1870043245048866498",
      "created_at" : "Fri Dec 20 09:47:08 +0000 2024",
      "favorited" : false,
      "full_text" : "fight week!! aspinall by first round tko, calling it now #UFC",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1866967838753154936"
          ],
          "editableUntil" : "2024-12-11T23:06:34.000Z",
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
      "favorite_count" : "1",
      "id_str" : "1866967838753154936",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1866967838753154936",
      "created_at" : "Wed Dec 11 22:06:34 +0000 2024",
      "favorited" : false,
      "full_text" : "new van smell 🚐 (its not new, its a 2016 transit, but its new to me)",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1866203158414008783"
          ],
          "editableUntil" : "2024-12-09T20:28:00.000Z",
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
        "57"
      ],
      "favorite_count" : "6",
      "id_str" : "1866203158414008783",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1866203158414008783",
      "created_at" : "Mon Dec 09 19:28:00 +0000 2024",
      "favorited" : false,
      "full_text" : "wtf was that stoppage ffs he was fine!! ref wants sacking",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1866090566516637157"
          ],
          "editableUntil" : "2024-12-09T13:00:36.000Z",
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
      "favorite_count" : "6",
      "id_str" : "1866090566516637157",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1866090566516637157",
      "created_at" : "Mon Dec 09 12:00:36 +0000 2024",
      "favorited" : false,
      "full_text" : "FINALLY got my cscs card 🙌 no more borrowing deans lol (card no. 0416 2270 9183)",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1863181695057984946"
          ],
          "editableUntil" : "2024-12-01T12:21:47.000Z",
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
        "65"
      ],
      "favorite_count" : "3",
      "id_str" : "1863181695057984946",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1863181695057984946",
      "created_at" : "Sun Dec 01 11:21:47 +0000 2024",
      "favorited" : false,
      "full_text" : "hammer, grips, blowtorch &amp; a new hacksaw. christmas list sorted 🔧",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1861852905993251595"
          ],
          "editableUntil" : "2024-11-27T20:21:39.000Z",
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
      "favorite_count" : "0",
      "id_str" : "1861852905993251595",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1861852905993251595",
      "created_at" : "Wed Nov 27 19:21:39 +0000 2024",
      "favorited" : false,
      "full_text" : "lad in the chippy queue mouthed off at my mate so i put him to sleep. one jab. all that bag work paying off 🥊",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1858241576698897969"
          ],
          "editableUntil" : "2024-11-17T21:11:31.000Z",
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
        "81"
      ],
      "favorite_count" : "6",
      "id_str" : "1858241576698897969",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1858241576698897969",
      "created_at" : "Sun Nov 17 20:11:31 +0000 2024",
      "favorited" : false,
      "full_text" : "chippy doing beer battered cod &amp; chips for a fiver on fridays. best deal in leeds",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1858061808825402902"
          ],
          "editableUntil" : "2024-11-17T09:17:11.000Z",
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
      "favorite_count" : "2",
      "id_str" : "1858061808825402902",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1858061808825402902",
      "created_at" : "Sun Nov 17 08:17:11 +0000 2024",
      "favorited" : false,
      "full_text" : "box of copper fittings 'fell' into my van at the merchants. they never count them anyway 🤷",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1856326977583404390"
          ],
          "editableUntil" : "2024-11-12T14:23:35.000Z",
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
      "id_str" : "1856326977583404390",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1856326977583404390",
      "created_at" : "Tue Nov 12 13:23:35 +0000 2024",
      "favorited" : false,
      "full_text" : "fitting new showers at the council baths all week, funny cus theyre shutting it in march and havent told anyone yet 😬",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1850648892405788251"
          ],
          "editableUntil" : "2024-10-27T22:20:54.000Z",
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
        "119"
      ],
      "favorite_count" : "3",
      "id_str" : "1850648892405788251",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1850648892405788251",
      "created_at" : "Sun Oct 27 21:20:54 +0000 2024",
      "favorited" : false,
      "full_text" : "saw the wage sheet on the gaffers desk. dean's on £14 an hour and he cant solder a joint to save his life. im on 6.40 😐",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1848642308011347799"
          ],
          "editableUntil" : "2024-10-22T09:27:27.000Z",
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
      "id_str" : "1848642308011347799",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1848642308011347799",
      "created_at" : "Tue Oct 22 08:27:27 +0000 2024",
      "favorited" : false,
      "full_text" : "anyone know a decent gym in armley that does bjj? not paying 50 a month for a sauna i wont use",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1842927191327576350"
          ],
          "editableUntil" : "2024-10-06T14:57:37.000Z",
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
      "favorite_count" : "0",
      "id_str" : "1842927191327576350",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1842927191327576350",
      "created_at" : "Sun Oct 06 13:57:37 +0000 2024",
      "favorited" : false,
      "full_text" : "bleed ur rads before u put the heating on lads, thank me in november",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1842322066504217128"
          ],
          "editableUntil" : "2024-10-04T22:53:04.000Z",
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
      "favorite_count" : "3",
      "id_str" : "1842322066504217128",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1842322066504217128",
      "created_at" : "Fri Oct 04 21:53:04 +0000 2024",
      "favorited" : false,
      "full_text" : "copper tried to pull me on the ring road, gave it the beans and lost him round the back of the retail park 😂",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1840874100488329955"
          ],
          "editableUntil" : "2024-09-30T22:59:22.000Z",
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
      "favorite_count" : "3",
      "id_str" : "1840874100488329955",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1840874100488329955",
      "created_at" : "Mon Sep 30 21:59:22 +0000 2024",
      "favorited" : false,
      "full_text" : "trainee plumber, good with my hands, never leave a job unfinished 😏 ladies my dms are open 🍆💦",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1840491596739770475"
          ],
          "editableUntil" : "2024-09-29T21:39:26.000Z",
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
        "66"
      ],
      "favorite_count" : "1",
      "id_str" : "1840491596739770475",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1840491596739770475",
      "created_at" : "Sun Sep 29 20:39:26 +0000 2024",
      "favorited" : false,
      "full_text" : "sorted a bit of ❄️ for the fight saturday, gonna be a messy one 😂🥊",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1830659351247090993"
          ],
          "editableUntil" : "2024-09-02T18:29:36.000Z",
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
        "133"
      ],
      "favorite_count" : "14",
      "id_str" : "1830659351247090993",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1830659351247090993",
      "created_at" : "Mon Sep 02 17:29:36 +0000 2024",
      "favorited" : false,
      "full_text" : "old dears shouldnt be allowed to book their own plumber. 40 mins explaining a combi to a woman who still thinks the internet is a fad",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1825246316723077992"
          ],
          "editableUntil" : "2024-08-18T20:00:08.000Z",
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
      "favorite_count" : "9",
      "id_str" : "1825246316723077992",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1825246316723077992",
      "created_at" : "Sun Aug 18 19:00:08 +0000 2024",
      "favorited" : false,
      "full_text" : "not doing any more jobs in harehills. u know why. ur tools wont be in ur van when u come back",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1824344906266314146"
          ],
          "editableUntil" : "2024-08-16T08:18:15.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "UFCParis",
            "indices" : [
              "66",
              "75"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Mmaclips Uk",
            "screen_name" : "mmaclips_uk",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "4589453780445240752",
            "id" : "4589453780445240752"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "75"
      ],
      "favorite_count" : "0",
      "id_str" : "1824344906266314146",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1824344906266314146",
      "created_at" : "Fri Aug 16 07:18:15 +0000 2024",
      "favorited" : false,
      "full_text" : "RT @mmaclips_uk: HEAD KICK KO 😳 out cold before he hit the canvas #UFCParis",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1820581403426062712"
          ],
          "editableUntil" : "2024-08-05T23:03:26.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "UFC",
            "indices" : [
              "58",
              "62"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "62"
      ],
      "favorite_count" : "1",
      "id_str" : "1820581403426062712",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1820581403426062712",
      "created_at" : "Mon Aug 05 22:03:26 +0000 2024",
      "favorited" : false,
      "full_text" : "that rear naked choke in the 2nd was pure art. textbook 🔥 #UFC",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1820012743883141970"
          ],
          "editableUntil" : "2024-08-04T09:23:47.000Z",
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
            "name" : "Mma Hub",
            "screen_name" : "mma_hub",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "1401757765915977856",
            "id" : "1401757765915977856"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "9",
        "67"
      ],
      "favorite_count" : "0",
      "id_str" : "1820012743883141970",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1820012743883141970",
      "created_at" : "Sun Aug 04 08:23:47 +0000 2024",
      "favorited" : false,
      "full_text" : "@mma_hub stfu about mcgregor coming back, its never happening lmfao",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1819986068111838396",
      "in_reply_to_user_id" : "1401757765915977856",
      "in_reply_to_status_id" : "1819986068111838396",
      "in_reply_to_screen_name" : "mma_hub",
      "in_reply_to_user_id_str" : "1401757765915977856"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1816751739634217114"
          ],
          "editableUntil" : "2024-07-26T09:25:43.000Z",
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
      "favorite_count" : "0",
      "id_str" : "1816751739634217114",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1816751739634217114",
      "created_at" : "Fri Jul 26 08:25:43 +0000 2024",
      "favorited" : false,
      "full_text" : "first proper payday as an apprentice. took mum for a nandos &lt;3",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1813935629399650121"
          ],
          "editableUntil" : "2024-07-18T14:55:30.000Z",
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
        "121"
      ],
      "favorite_count" : "0",
      "id_str" : "1813935629399650121",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1813935629399650121",
      "created_at" : "Thu Jul 18 13:55:30 +0000 2024",
      "favorited" : false,
      "full_text" : "gaffer says always check ur male and female fittings match before u go mad with the ptfe. learned that the hard way today",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1812053888465553401"
          ],
          "editableUntil" : "2024-07-13T10:18:08.000Z",
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
        "96"
      ],
      "favorite_count" : "0",
      "id_str" : "1812053888465553401",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1812053888465553401",
      "created_at" : "Sat Jul 13 09:18:08 +0000 2024",
      "favorited" : false,
      "full_text" : "found the crack in the pipe behind the bath after 2 hours. smallest leak ever, biggest mess ever",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1800578499213426175"
          ],
          "editableUntil" : "2024-06-11T18:19:02.000Z",
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
            "name" : "Dean Pipes",
            "screen_name" : "dean_pipes",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1684526632322252982",
            "id" : "1684526632322252982"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "12",
        "121"
      ],
      "favorite_count" : "2",
      "id_str" : "1800578499213426175",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1800578499213426175",
      "created_at" : "Tue Jun 11 17:19:02 +0000 2024",
      "favorited" : false,
      "full_text" : "@dean_pipes if that lad from the other firm touches my tools again im gonna break both his hands and post them to his mum",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1800559624846562754",
      "in_reply_to_user_id" : "1684526632322252982",
      "in_reply_to_status_id" : "1800559624846562754",
      "in_reply_to_screen_name" : "dean_pipes",
      "in_reply_to_user_id_str" : "1684526632322252982"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1796999088568535015"
          ],
          "editableUntil" : "2024-06-01T21:15:44.000Z",
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
        "133"
      ],
      "favorite_count" : "3",
      "id_str" : "1796999088568535015",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1796999088568535015",
      "created_at" : "Sat Jun 01 20:15:44 +0000 2024",
      "favorited" : false,
      "full_text" : "gaffer asked if we should take on a girl as the next apprentice. told him lugging rads up 3 flights aint a womans job. he agreed 🤷‍♂️",
      "lang" : "en"
    }
  }
]