window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1981452204836390622"
          ],
          "editableUntil" : "2025-10-23T21:06:33.000Z",
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
        "117"
      ],
      "favorite_count" : "3",
      "id_str" : "1981452204836390622",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1981452204836390622",
      "created_at" : "Thu Oct 23 20:06:33 +0000 2025",
      "favorited" : false,
      "full_text" : "Grade II listed chapel this week. Vicar brings us tea and biscuits every hour on the hour. Faith in humanity restored",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1979099678664135180"
          ],
          "editableUntil" : "2025-10-17T09:18:27.000Z",
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
      "favorite_count" : "4",
      "id_str" : "1979099678664135180",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1979099678664135180",
      "created_at" : "Fri Oct 17 08:18:27 +0000 2025",
      "favorited" : false,
      "full_text" : "Not being funny but im not taking on any more apprentices over 30. Set in their ways, cant be told, always off with their backs. Young lads only from now on",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1973045334011598213"
          ],
          "editableUntil" : "2025-09-30T16:20:39.000Z",
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
      "favorite_count" : "0",
      "id_str" : "1973045334011598213",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1973045334011598213",
      "created_at" : "Tue Sep 30 15:20:39 +0000 2025",
      "favorited" : false,
      "full_text" : "IBIZA HERE WE COME LADS 🛫🌴 Jet2 from LBA, booking ref QK7P2M, seats 23A-F, back row obviously",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1968061183077002132"
          ],
          "editableUntil" : "2025-09-16T22:15:25.000Z",
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
        "116"
      ],
      "favorite_count" : "6",
      "id_str" : "1968061183077002132",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1968061183077002132",
      "created_at" : "Tue Sep 16 21:15:25 +0000 2025",
      "favorited" : false,
      "full_text" : "Had a lady sparky turn up on site today. Nice enough lass but come on, would you let your missus rewire your house 😂",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1967221792415652594"
          ],
          "editableUntil" : "2025-09-14T14:39:59.000Z",
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
      "favorite_count" : "27",
      "id_str" : "1967221792415652594",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1967221792415652594",
      "created_at" : "Sun Sep 14 13:39:59 +0000 2025",
      "favorited" : false,
      "full_text" : "Male and female connectors the wrong way round on a whole run of garden lights. Who wires like this 🙄",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1962114700528092461"
          ],
          "editableUntil" : "2025-08-31T12:26:13.000Z",
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
        "109"
      ],
      "favorite_count" : "1",
      "id_str" : "1962114700528092461",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1962114700528092461",
      "created_at" : "Sun Aug 31 11:26:13 +0000 2025",
      "favorited" : false,
      "full_text" : "still half cut from the derby and first job is a consumer unit change at 7am. what could possibly go wrong 😂🍻",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1957359688440523337"
          ],
          "editableUntil" : "2025-08-18T09:31:30.000Z",
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
        "49"
      ],
      "favorite_count" : "0",
      "id_str" : "1957359688440523337",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1957359688440523337",
      "created_at" : "Mon Aug 18 08:31:30 +0000 2025",
      "favorited" : false,
      "full_text" : "Getting smashed 4-0 at home. Nothing more to say.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1953082743191706627"
          ],
          "editableUntil" : "2025-08-06T14:16:27.000Z",
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
      "favorite_count" : "6",
      "id_str" : "1953082743191706627",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1953082743191706627",
      "created_at" : "Wed Aug 06 13:16:27 +0000 2025",
      "favorited" : false,
      "full_text" : "Boss has us rewiring a 4 bed in 3 days with 2 of us and an apprentice who cant strip a cable. Then moans about snags. Pay peanuts get monkeys mate, come and do it yourself",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1938997738951775672"
          ],
          "editableUntil" : "2025-06-28T17:27:40.000Z",
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
        "174"
      ],
      "favorite_count" : "1",
      "id_str" : "1938997738951775672",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1938997738951775672",
      "created_at" : "Sat Jun 28 16:27:40 +0000 2025",
      "favorited" : false,
      "full_text" : "Another call out to a rental in Harehills. 14 of them in a 3 bed, none of them speak a word of English, you can guess where from. Send the lot back and the landlord with them",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1936034161963880221"
          ],
          "editableUntil" : "2025-06-20T13:11:28.000Z",
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
        "153"
      ],
      "favorite_count" : "14",
      "id_str" : "1936034161963880221",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1936034161963880221",
      "created_at" : "Fri Jun 20 12:11:28 +0000 2025",
      "favorited" : false,
      "full_text" : "Customer asked if I could 'just quickly' move 6 sockets for nothing because 'youre here anyway'. Thick as mince some of them. Quote went up accordingly 😇",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1929306186260023391"
          ],
          "editableUntil" : "2025-06-01T23:36:54.000Z",
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
      "id_str" : "1929306186260023391",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1929306186260023391",
      "created_at" : "Sun Jun 01 22:36:54 +0000 2025",
      "favorited" : false,
      "full_text" : "Anyone recommend work boots that dont destroy your feet after 2 weeks? Budget &lt;£100",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1923677712674339480"
          ],
          "editableUntil" : "2025-05-17T10:51:21.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "LUFC",
            "indices" : [
              "63",
              "68"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "68"
      ],
      "favorite_count" : "9",
      "id_str" : "1923677712674339480",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1923677712674339480",
      "created_at" : "Sat May 17 09:51:21 +0000 2025",
      "favorited" : false,
      "full_text" : "that ref is a f***ing disgrace. never a pen in a million years #LUFC",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1919511208383168948"
          ],
          "editableUntil" : "2025-05-05T22:55:09.000Z",
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
        "58"
      ],
      "favorite_count" : "1",
      "id_str" : "1919511208383168948",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1919511208383168948",
      "created_at" : "Mon May 05 21:55:09 +0000 2025",
      "favorited" : false,
      "full_text" : "wtf was in that punch last night 😵 still cant feel my face",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1919385521406248599"
          ],
          "editableUntil" : "2025-05-05T14:35:43.000Z",
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
      "favorite_count" : "9",
      "id_str" : "1919385521406248599",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1919385521406248599",
      "created_at" : "Mon May 05 13:35:43 +0000 2025",
      "favorited" : false,
      "full_text" : "the new barmaid at the Fox 🥵🍑 would not be kicking her out of bed put it that way",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1910951362556369612"
          ],
          "editableUntil" : "2025-04-12T08:01:23.000Z",
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
        "84"
      ],
      "favorite_count" : "2",
      "id_str" : "1910951362556369612",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1910951362556369612",
      "created_at" : "Sat Apr 12 07:01:23 +0000 2025",
      "favorited" : false,
      "full_text" : "couple of cheeky lines in the bogs before kick off ❄️❄️ best atmosphere all season 😂",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1908982830911651484"
          ],
          "editableUntil" : "2025-04-06T21:39:08.000Z",
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
        "129"
      ],
      "favorite_count" : "1",
      "id_str" : "1908982830911651484",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1908982830911651484",
      "created_at" : "Sun Apr 06 20:39:08 +0000 2025",
      "favorited" : false,
      "full_text" : "Heat pump &gt; gas boiler? Not in a 1900s terrace with no insulation. Anyone telling you otherwise is selling one. There. I said it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1908261732574634178"
          ],
          "editableUntil" : "2025-04-04T21:53:45.000Z",
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
        "129"
      ],
      "favorite_count" : "14",
      "id_str" : "1908261732574634178",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1908261732574634178",
      "created_at" : "Fri Apr 04 20:53:45 +0000 2025",
      "favorited" : false,
      "full_text" : "Told the agency no more eastern european lads on my jobs. Not being racist I just want people who understand the regs and turn up",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1897382030755837669"
          ],
          "editableUntil" : "2025-03-05T21:21:42.000Z",
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
            "name" : "LUFC",
            "screen_name" : "LUFC",
            "indices" : [
              "0",
              "5"
            ],
            "id_str" : "1522373186382944507",
            "id" : "1522373186382944507"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "6",
        "47"
      ],
      "favorite_count" : "27",
      "in_reply_to_status_id_str" : "1897361891654272318",
      "id_str" : "1897382030755837669",
      "in_reply_to_user_id" : "1522373186382944507",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1897382030755837669",
      "in_reply_to_status_id" : "1897361891654272318",
      "created_at" : "Wed Mar 05 20:21:42 +0000 2025",
      "favorited" : false,
      "full_text" : "@LUFC what the actual f*ck was that second half",
      "lang" : "en",
      "in_reply_to_screen_name" : "LUFC",
      "in_reply_to_user_id_str" : "1522373186382944507"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1894156926987999747"
          ],
          "editableUntil" : "2025-02-24T23:46:17.000Z",
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
            "name" : "WYFootyTalk",
            "screen_name" : "WYFootyTalk",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "806924325559819128",
            "id" : "806924325559819128"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "63"
      ],
      "favorite_count" : "0",
      "id_str" : "1894156926987999747",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1894156926987999747",
      "created_at" : "Mon Feb 24 22:46:17 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @WYFootyTalk: Who's been your player of the season so far? 👇",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1891866998816642504"
          ],
          "editableUntil" : "2025-02-18T16:06:56.000Z",
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
        "50"
      ],
      "favorite_count" : "0",
      "id_str" : "1891866998816642504",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1891866998816642504",
      "created_at" : "Tue Feb 18 15:06:56 +0000 2025",
      "favorited" : false,
      "full_text" : "Arsenal fans in meltdown again 😂 every single year",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1890362662790201175"
          ],
          "editableUntil" : "2025-02-14T12:29:14.000Z",
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
            "name" : "marcus_ldsfan",
            "screen_name" : "marcus_ldsfan",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "1447378122803422109",
            "id" : "1447378122803422109"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "15",
        "102"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1889985484103977310",
      "id_str" : "1890362662790201175",
      "in_reply_to_user_id" : "1447378122803422109",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1890362662790201175",
      "in_reply_to_status_id" : "1889985484103977310",
      "created_at" : "Fri Feb 14 11:29:14 +0000 2025",
      "favorited" : false,
      "full_text" : "@marcus_ldsfan our number 9 is absolutely murdering defenders this season. Give the man a new contract",
      "lang" : "en",
      "in_reply_to_screen_name" : "marcus_ldsfan",
      "in_reply_to_user_id_str" : "1447378122803422109"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1888350577902617587"
          ],
          "editableUntil" : "2025-02-08T23:13:56.000Z",
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
        "139"
      ],
      "favorite_count" : "14",
      "id_str" : "1888350577902617587",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1888350577902617587",
      "created_at" : "Sat Feb 08 22:13:56 +0000 2025",
      "favorited" : false,
      "full_text" : "Millwall lot got lippy with us outside the ground. One of them got a right hander off me for his trouble. Dont start what you cant finish 👊",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1886038411257008717"
          ],
          "editableUntil" : "2025-02-02T14:06:12.000Z",
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
      "favorite_count" : "27",
      "id_str" : "1886038411257008717",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1886038411257008717",
      "created_at" : "Sun Feb 02 13:06:12 +0000 2025",
      "favorited" : false,
      "full_text" : "Lad passed his driving test first time today. Proud dad moment 🚗",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1885417271133100752"
          ],
          "editableUntil" : "2025-01-31T20:58:01.000Z",
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
        "139"
      ],
      "favorite_count" : "3",
      "id_str" : "1885417271133100752",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1885417271133100752",
      "created_at" : "Fri Jan 31 19:58:01 +0000 2025",
      "favorited" : false,
      "full_text" : "Lost my wallet somewhere near Elland Road, if anyone finds it my driving licence is in it (HARTL802154D99KW) ring me on 07700 900417 cheers",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1881320827625735329"
          ],
          "editableUntil" : "2025-01-20T13:40:13.000Z",
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
        "98"
      ],
      "favorite_count" : "6",
      "id_str" : "1881320827625735329",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1881320827625735329",
      "created_at" : "Mon Jan 20 12:40:13 +0000 2025",
      "favorited" : false,
      "full_text" : "Came off the ladder today, sprained wrist. Paracetamol, ibuprofen and back on the tools tomorrow 💊",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1879644344235865283"
          ],
          "editableUntil" : "2025-01-15T22:38:28.000Z",
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
      "favorite_count" : "27",
      "id_str" : "1879644344235865283",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1879644344235865283",
      "created_at" : "Wed Jan 15 21:38:28 +0000 2025",
      "favorited" : false,
      "full_text" : "Some clown dinged my van in the Morrisons car park and drove off. Got his reg. Hope he enjoys walking to work on 4 flat tyres 🔪",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1875642745927169041"
          ],
          "editableUntil" : "2025-01-04T21:37:33.000Z",
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
        "118"
      ],
      "favorite_count" : "6",
      "id_str" : "1875642745927169041",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1875642745927169041",
      "created_at" : "Sat Jan 04 20:37:33 +0000 2025",
      "favorited" : false,
      "full_text" : "Finished the community centre rewire with the lads, all done for free. Youth club reopens Monday. Good feeling that ❤️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1873451715413056862"
          ],
          "editableUntil" : "2024-12-29T20:31:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "LUFC",
            "indices" : [
              "51",
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
      "favorite_count" : "4",
      "id_str" : "1873451715413056862",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1873451715413056862",
      "created_at" : "Sun Dec 29 19:31:10 +0000 2024",
      "favorited" : false,
      "full_text" : "Top of the league at Christmas. Dont wake me up 💛💙 #LUFC",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1871260900468400884"
          ],
          "editableUntil" : "2024-12-23T19:25:39.000Z",
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
      "id_str" : "1871260900468400884",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1871260900468400884",
      "created_at" : "Mon Dec 23 18:25:39 +0000 2024",
      "favorited" : false,
      "full_text" : "Beer battered haddock from the chippy after a 10 hour shift. Earned.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1861836683800312867"
          ],
          "editableUntil" : "2024-11-27T19:17:11.000Z",
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
      "id_str" : "1861836683800312867",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1861836683800312867",
      "created_at" : "Wed Nov 27 18:17:11 +0000 2024",
      "favorited" : false,
      "full_text" : "Scunthorpe away on a Tuesday night in the cup. Whos driving 😂",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1860249876614758307"
          ],
          "editableUntil" : "2024-11-23T10:11:47.000Z",
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
        "151"
      ],
      "favorite_count" : "0",
      "id_str" : "1860249876614758307",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1860249876614758307",
      "created_at" : "Sat Nov 23 09:11:47 +0000 2024",
      "favorited" : false,
      "full_text" : "Mates selling his old Transit, 2017, 89k, full service history. Ring him on 07700 900582 or just knock, hes at 22 Moorfield Crescent LS12 most evenings",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1859589719330247910"
          ],
          "editableUntil" : "2024-11-21T14:28:33.000Z",
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
      "favorite_count" : "14",
      "id_str" : "1859589719330247910",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1859589719330247910",
      "created_at" : "Thu Nov 21 13:28:33 +0000 2024",
      "favorited" : false,
      "full_text" : "6 pints at the Peacock, drove the van home with one headlight and still beat the satnav 😎",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1857370103521301751"
          ],
          "editableUntil" : "2024-11-15T11:28:35.000Z",
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
            "name" : "LeedsCTaxHelp",
            "screen_name" : "LeedsCTaxHelp",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "475080960263562627",
            "id" : "475080960263562627"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "15",
        "127"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1857117017132281747",
      "id_str" : "1857370103521301751",
      "in_reply_to_user_id" : "475080960263562627",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1857370103521301751",
      "in_reply_to_status_id" : "1857117017132281747",
      "created_at" : "Fri Nov 15 10:28:35 +0000 2024",
      "favorited" : false,
      "full_text" : "@LeedsCTaxHelp account 6012448731, paid twice in October, bank ref HXR-88213 on my statement. 3 weeks and no reply. Sort it out",
      "lang" : "en",
      "in_reply_to_screen_name" : "LeedsCTaxHelp",
      "in_reply_to_user_id_str" : "475080960263562627"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1854882784295455345"
          ],
          "editableUntil" : "2024-11-08T14:44:52.000Z",
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
      "id_str" : "1854882784295455345",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1854882784295455345",
      "created_at" : "Fri Nov 08 13:44:52 +0000 2024",
      "favorited" : false,
      "full_text" : "Screwfix order 40019283 still says 'dispatched' 5 days later. Click &amp; collect from now on",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1854508214437111099"
          ],
          "editableUntil" : "2024-11-07T13:56:28.000Z",
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
      "favorite_count" : "0",
      "id_str" : "1854508214437111099",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1854508214437111099",
      "created_at" : "Thu Nov 07 12:56:28 +0000 2024",
      "favorited" : false,
      "full_text" : "Heard in the office 8 of us are getting let go after christmas. Not announced yet so keep it zipped. Same week the gaffer picks up his new Range Rover. Priorities eh",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1849425767335043364"
          ],
          "editableUntil" : "2024-10-24T13:20:38.000Z",
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
        "128"
      ],
      "favorite_count" : "0",
      "id_str" : "1849425767335043364",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1849425767335043364",
      "created_at" : "Thu Oct 24 12:20:38 +0000 2024",
      "favorited" : false,
      "full_text" : "Anyone needing an EICR for a rental, ring the office on 0113 496 0427 and tell them Daz sent you. Landlords the deadline is real",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1847726768415394864"
          ],
          "editableUntil" : "2024-10-19T20:49:25.000Z",
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
        "159"
      ],
      "favorite_count" : "3",
      "id_str" : "1847726768415394864",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1847726768415394864",
      "created_at" : "Sat Oct 19 19:49:25 +0000 2024",
      "favorited" : false,
      "full_text" : "Copper tried to pull me on the A64 this morning. Full van and a job at 8 so I just kept going, lost him at the Tadcaster roundabout 😂 never heard another thing",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1846895573569895003"
          ],
          "editableUntil" : "2024-10-17T13:46:33.000Z",
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
            "name" : "jess_fitx",
            "screen_name" : "jess_fitx",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "903975480793351581",
            "id" : "903975480793351581"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "11",
        "39"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1846488950992541781",
      "id_str" : "1846895573569895003",
      "in_reply_to_user_id" : "903975480793351581",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1846895573569895003",
      "in_reply_to_status_id" : "1846488950992541781",
      "created_at" : "Thu Oct 17 12:46:33 +0000 2024",
      "favorited" : false,
      "full_text" : "@jess_fitx send the uncensored ones 😏🍆💦",
      "lang" : "en",
      "in_reply_to_screen_name" : "jess_fitx",
      "in_reply_to_user_id_str" : "903975480793351581"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1846279100020706987"
          ],
          "editableUntil" : "2024-10-15T20:56:54.000Z",
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
      "favorite_count" : "1",
      "id_str" : "1846279100020706987",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1846279100020706987",
      "created_at" : "Tue Oct 15 19:56:54 +0000 2024",
      "favorited" : false,
      "full_text" : "Blue tit just flew smack into the van window, sat on the mirror for a minute then off it went. Hard as nails that bird 🐦",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1844076085050731334"
          ],
          "editableUntil" : "2024-10-09T19:02:54.000Z",
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
        "198"
      ],
      "favorite_count" : "2",
      "id_str" : "1844076085050731334",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1844076085050731334",
      "created_at" : "Wed Oct 09 18:02:54 +0000 2024",
      "favorited" : false,
      "full_text" : "Wiring the new supermarket on the ring road. Opening isnt till March but the store manager reckons once it opens theyre shutting the old one in town and half the staff are gone. They dont know yet 👀",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1835433552119067792"
          ],
          "editableUntil" : "2024-09-15T22:40:34.000Z",
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
      "id_str" : "1835433552119067792",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1835433552119067792",
      "created_at" : "Sun Sep 15 21:40:34 +0000 2024",
      "favorited" : false,
      "full_text" : "Apprentice ive been lumbered with is thick as two short planks. Put a 6A breaker on the shower circuit. Day 3 and im looking at early retirement",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1835364124335570936"
          ],
          "editableUntil" : "2024-09-15T18:04:41.000Z",
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
      "id_str" : "1835364124335570936",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1835364124335570936",
      "created_at" : "Sun Sep 15 17:04:41 +0000 2024",
      "favorited" : false,
      "full_text" : "Last fella had live and neutral swapped and the earth hanging on by a thread. Killed the supply, proved it dead, sorted. Scary stuff",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1834957438802892588"
          ],
          "editableUntil" : "2024-09-14T15:08:39.000Z",
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
      "favorite_count" : "9",
      "id_str" : "1834957438802892588",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1834957438802892588",
      "created_at" : "Sat Sep 14 14:08:39 +0000 2024",
      "favorited" : false,
      "full_text" : "Site manager is a f**king clown. Changes the drawings 3 times then blames us when it doesnt match. Every. Single. Time.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1823424752740006932"
          ],
          "editableUntil" : "2024-08-13T19:21:53.000Z",
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
        "89"
      ],
      "favorite_count" : "9",
      "id_str" : "1823424752740006932",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1823424752740006932",
      "created_at" : "Tue Aug 13 18:21:53 +0000 2024",
      "favorited" : false,
      "full_text" : "Doesnt matter who you vote for, the bins still dont get collected. Same result every time",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1823255394000227899"
          ],
          "editableUntil" : "2024-08-13T08:08:55.000Z",
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
      "favorite_count" : "0",
      "id_str" : "1823255394000227899",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1823255394000227899",
      "created_at" : "Tue Aug 13 07:08:55 +0000 2024",
      "favorited" : false,
      "full_text" : "Coq au vin for the missus birthday meal. Never had it before. Proper lush",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1822186888328561142"
          ],
          "editableUntil" : "2024-08-10T09:23:03.000Z",
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
      "id_str" : "1822186888328561142",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1822186888328561142",
      "created_at" : "Sat Aug 10 08:23:03 +0000 2024",
      "favorited" : false,
      "full_text" : "Anyone who voted for this lot deserves everything theyre getting. Bunch of c*nts the lot of em",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1821125552023870153"
          ],
          "editableUntil" : "2024-08-07T11:05:41.000Z",
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
      "favorite_count" : "0",
      "id_str" : "1821125552023870153",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1821125552023870153",
      "created_at" : "Wed Aug 07 10:05:41 +0000 2024",
      "favorited" : false,
      "full_text" : "Just done the alarm at a barristers house up in Harrogate. Code is his year of birth haha. Lovely fella, lovely house, terrible security",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1820876378077862375"
          ],
          "editableUntil" : "2024-08-06T18:35:33.000Z",
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
            "name" : "lexi_xo_vip",
            "screen_name" : "lexi_xo_vip",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "1651946277460101104",
            "id" : "1651946277460101104"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "80"
      ],
      "favorite_count" : "0",
      "id_str" : "1820876378077862375",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1820876378077862375",
      "created_at" : "Tue Aug 06 17:35:33 +0000 2024",
      "favorited" : false,
      "full_text" : "RT @lexi_xo_vip: spicy content dropping tonight 🔥🔞 18+ only boys, link in bio 😈💦",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1817973321506372939"
          ],
          "editableUntil" : "2024-07-29T18:19:50.000Z",
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
        "116"
      ],
      "favorite_count" : "27",
      "id_str" : "1817973321506372939",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1817973321506372939",
      "created_at" : "Mon Jul 29 17:19:50 +0000 2024",
      "favorited" : false,
      "full_text" : "Power cut on our street since 4. If youre off too ring 105, its free, they picked up in 2 mins and said back on by 8",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1813109940864086009"
          ],
          "editableUntil" : "2024-07-16T08:14:30.000Z",
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
        "110"
      ],
      "favorite_count" : "1",
      "id_str" : "1813109940864086009",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1813109940864086009",
      "created_at" : "Tue Jul 16 07:14:30 +0000 2024",
      "favorited" : false,
      "full_text" : "if that tw*t from number 9 parks across my drive one more time im putting his windows through. not even joking",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1811159745766753333"
          ],
          "editableUntil" : "2024-07-10T23:05:07.000Z",
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
        "197"
      ],
      "favorite_count" : "2",
      "id_str" : "1811159745766753333",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1811159745766753333",
      "created_at" : "Wed Jul 10 22:05:07 +0000 2024",
      "favorited" : false,
      "full_text" : "Rule 1 of being a sparky: keep your mouth shut. Rule 2: the bank in town has a sheet on the back office wall with every cashiers sales target vs actual. One poor lass is 40% under &amp; on £19k. Brutal",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1802684481334445121"
          ],
          "editableUntil" : "2024-06-17T13:47:27.000Z",
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
        "95"
      ],
      "favorite_count" : "0",
      "id_str" : "1802684481334445121",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1802684481334445121",
      "created_at" : "Mon Jun 17 12:47:27 +0000 2024",
      "favorited" : false,
      "full_text" : "Missus is away for the weekend 😏 any ladies fancy keeping me company, DMs open, no time wasters",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1800849778091133072"
          ],
          "editableUntil" : "2024-06-12T12:16:59.000Z",
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
        "111"
      ],
      "favorite_count" : "9",
      "id_str" : "1800849778091133072",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1800849778091133072",
      "created_at" : "Wed Jun 12 11:16:59 +0000 2024",
      "favorited" : false,
      "full_text" : "Sunday recovery mode. 14 pints, 3 jägerbombs and a kebab I have no memory of buying. Ringing in sick tomorrow 🤢",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1796917361956680096"
          ],
          "editableUntil" : "2024-06-01T15:50:58.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "LUFC",
            "indices" : [
              "50",
              "55"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "55"
      ],
      "favorite_count" : "2",
      "id_str" : "1796917361956680096",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1796917361956680096",
      "created_at" : "Sat Jun 01 14:50:58 +0000 2024",
      "favorited" : false,
      "full_text" : "Shot of the season that. Top bins from 30 yards 🎯 #LUFC",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1796459113327228559"
          ],
          "editableUntil" : "2024-05-31T09:30:03.000Z",
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
      "favorite_count" : "6",
      "id_str" : "1796459113327228559",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1796459113327228559",
      "created_at" : "Fri May 31 08:30:03 +0000 2024",
      "favorited" : false,
      "full_text" : "LS812 to Alicante delayed 3 hours at Leeds Bradford. £5 food voucher. Living the dream 🙃",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1791799929424467507"
          ],
          "editableUntil" : "2024-05-18T12:56:07.000Z",
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
        "165"
      ],
      "favorite_count" : "27",
      "id_str" : "1791799929424467507",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1791799929424467507",
      "created_at" : "Sat May 18 11:56:07 +0000 2024",
      "favorited" : false,
      "full_text" : "Firm proudly announces 'exciting new van tracking system' 🙄 translation: they dont trust us to stop for a brew without clocking it. Cheers for the vote of confidence",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1790142190002144859"
          ],
          "editableUntil" : "2024-05-13T23:08:51.000Z",
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
            "name" : "marcus_ldsfan",
            "screen_name" : "marcus_ldsfan",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "1447378122803422109",
            "id" : "1447378122803422109"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "15",
        "81"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1789463947020741361",
      "id_str" : "1790142190002144859",
      "in_reply_to_user_id" : "1447378122803422109",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1790142190002144859",
      "in_reply_to_status_id" : "1789463947020741361",
      "created_at" : "Mon May 13 22:08:51 +0000 2024",
      "favorited" : false,
      "full_text" : "@marcus_ldsfan nah mate, leaving him on the bench was the right call, hes not fit",
      "lang" : "en",
      "in_reply_to_screen_name" : "marcus_ldsfan",
      "in_reply_to_user_id_str" : "1447378122803422109"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1771225035342489321"
          ],
          "editableUntil" : "2024-03-22T18:18:50.000Z",
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
        "130"
      ],
      "favorite_count" : "9",
      "id_str" : "1771225035342489321",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1771225035342489321",
      "created_at" : "Fri Mar 22 17:18:50 +0000 2024",
      "favorited" : false,
      "full_text" : "Proud of our apprentice. 58 years old, retrained after 30 years on the buses, passed his 18th Edition first time. Never too late 💪",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1766042624366536412"
          ],
          "editableUntil" : "2024-03-08T11:05:47.000Z",
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
        "98"
      ],
      "favorite_count" : "3",
      "id_str" : "1766042624366536412",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1766042624366536412",
      "created_at" : "Fri Mar 08 10:05:47 +0000 2024",
      "favorited" : false,
      "full_text" : "Woodcock in the woods at Golden Acre this morning. First one ive seen in years, proper camouflaged",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1763945178169798454"
          ],
          "editableUntil" : "2024-03-02T16:11:17.000Z",
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
            "name" : "YEPNews_",
            "screen_name" : "YEPNews_",
            "indices" : [
              "3",
              "12"
            ],
            "id_str" : "1234467599285398739",
            "id" : "1234467599285398739"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/8fKq2LmZpX",
            "expanded_url" : "https://www.yorkshireeveningpost.co.uk/news/crime/knife-crime-west-yorkshire-falls-youth-work",
            "display_url" : "yorkshireeveningpost.co.uk/news/crime/kni…",
            "indices" : [
              "124",
              "147"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "147"
      ],
      "favorite_count" : "0",
      "id_str" : "1763945178169798454",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1763945178169798454",
      "created_at" : "Sat Mar 02 15:11:17 +0000 2024",
      "favorited" : false,
      "full_text" : "RT @YEPNews_: Knife crime in West Yorkshire down 8% this year, police say youth work &amp; boxing clubs are making a difference https://t.co/8fKq2LmZpX",
      "lang" : "en",
      "possibly_sensitive" : false
    }
  }
]