window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1979895810629366312"
          ],
          "editableUntil" : "2025-10-19T14:02:00.596Z",
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
        "119"
      ],
      "favorite_count" : "31",
      "id_str" : "1979895810629366312",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1979895810629366312",
      "created_at" : "Sun Oct 19 13:02:00 +0000 2025",
      "favorited" : false,
      "full_text" : "delayed on BA1332 to edinburgh, conference plenary starts at 10 and i'm sat in departures reading about the jacobites 😭",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1979668072360644894"
          ],
          "editableUntil" : "2025-10-18T22:57:03.561Z",
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
        "170"
      ],
      "favorite_count" : "12",
      "id_str" : "1979668072360644894",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1979668072360644894",
      "created_at" : "Sat Oct 18 21:57:03 +0000 2025",
      "favorited" : false,
      "full_text" : "the uni is planning to merge history with classics and cut 12 academic posts, i've seen the draft. they'll announce it after graduation so nobody can protest. spread this",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1977396121918460238"
          ],
          "editableUntil" : "2025-10-12T16:29:08.365Z",
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
        "72"
      ],
      "favorite_count" : "12",
      "id_str" : "1977396121918460238",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1977396121918460238",
      "created_at" : "Sun Oct 12 15:29:08 +0000 2025",
      "favorited" : false,
      "full_text" : "join the rent strike whatsapp!! text me on 07700 900417 and i'll add you",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1975246712265575003"
          ],
          "editableUntil" : "2025-10-06T18:08:09.170Z",
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
        "92"
      ],
      "favorite_count" : "1",
      "id_str" : "1975246712265575003",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1975246712265575003",
      "created_at" : "Mon Oct 06 17:08:09 +0000 2025",
      "favorited" : false,
      "full_text" : "anyone got a plug near hyde park tonight? need some 🍃 and a bit of ❄️ for saturday, dms open",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1974828564676530431"
          ],
          "editableUntil" : "2025-10-05T14:26:35.016Z",
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
        "130"
      ],
      "favorite_count" : "3",
      "id_str" : "1974828564676530431",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1974828564676530431",
      "created_at" : "Sun Oct 05 13:26:35 +0000 2025",
      "favorited" : false,
      "full_text" : "essay q: 'assess the causes of the peasants' revolt'. me: they burned the legal records and beheaded the archbishop, next question",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1970528418029984116"
          ],
          "editableUntil" : "2025-09-23T17:39:20.162Z",
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
        "100"
      ],
      "favorite_count" : "31",
      "id_str" : "1970528418029984116",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1970528418029984116",
      "created_at" : "Tue Sep 23 16:39:20 +0000 2025",
      "favorited" : false,
      "full_text" : "first day canvassing for the SU elections, legs are gone but had so many good chats. vote thursday x",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1966889096906243614"
          ],
          "editableUntil" : "2025-09-13T16:37:58.391Z",
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
            "name" : "Mum 💐",
            "screen_name" : "mum_of_three_x",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "648239875778128998",
            "id" : "648239875778128998"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "16",
        "116"
      ],
      "favorite_count" : "7",
      "id_str" : "1966889096906243614",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1966889096906243614",
      "created_at" : "Sat Sep 13 15:37:58 +0000 2025",
      "favorited" : false,
      "full_text" : "@mum_of_three_x yes i'm coming home for easter, yes i'll bring washing, no i haven't eaten a vegetable since january",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1966326035009004287",
      "in_reply_to_status_id" : "1966326035009004287",
      "in_reply_to_user_id" : "648239875778128998",
      "in_reply_to_user_id_str" : "648239875778128998",
      "in_reply_to_screen_name" : "mum_of_three_x"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1965067914221354469"
          ],
          "editableUntil" : "2025-09-08T16:01:14.603Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "W",
            "indices" : [
              "6",
              "8"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "101"
      ],
      "favorite_count" : "12",
      "id_str" : "1965067914221354469",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1965067914221354469",
      "created_at" : "Mon Sep 08 15:01:14 +0000 2025",
      "favorited" : false,
      "full_text" : "order #W-84213 from the SU shop still not here, 3 weeks &amp; counting. graduation hoodie where are you 😭",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1964588086964429263"
          ],
          "editableUntil" : "2025-09-07T08:14:34.870Z",
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
        "138"
      ],
      "favorite_count" : "1",
      "id_str" : "1964588086964429263",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1964588086964429263",
      "created_at" : "Sun Sep 07 07:14:34 +0000 2025",
      "favorited" : false,
      "full_text" : "my shift manager is a walking HR complaint. puts me on during exam week then acts SHOCKED when i ask for cover. truly visionary leadership",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1950866646523832184"
          ],
          "editableUntil" : "2025-07-31T11:30:28.537Z",
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
        "94"
      ],
      "favorite_count" : "1",
      "id_str" : "1950866646523832184",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1950866646523832184",
      "created_at" : "Thu Jul 31 10:30:28 +0000 2025",
      "favorited" : false,
      "full_text" : "the tories really said let them eat cake and then took the cake too. sh!theads the lot of them",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1944807888309302304"
          ],
          "editableUntil" : "2025-07-14T18:15:08.013Z",
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
        "74"
      ],
      "favorite_count" : "12",
      "id_str" : "1944807888309302304",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1944807888309302304",
      "created_at" : "Mon Jul 14 17:15:08 +0000 2025",
      "favorited" : false,
      "full_text" : "got a 68 on my reformation essay!!! a first is within reach i can smell it",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1941128348629104733"
          ],
          "editableUntil" : "2025-07-04T14:33:57.390Z",
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
            "name" : "Carys M",
            "screen_name" : "carys_m",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "235795990326698186",
            "id" : "235795990326698186"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "9",
        "105"
      ],
      "favorite_count" : "0",
      "id_str" : "1941128348629104733",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1941128348629104733",
      "created_at" : "Fri Jul 04 13:33:57 +0000 2025",
      "favorited" : false,
      "full_text" : "@carys_m bloody mary gets such bad press. elizabeth executed plenty of people too, she just had better PR",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1940136870356796377",
      "in_reply_to_status_id" : "1940136870356796377",
      "in_reply_to_user_id" : "235795990326698186",
      "in_reply_to_user_id_str" : "235795990326698186",
      "in_reply_to_screen_name" : "carys_m"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1928040345466172434"
          ],
          "editableUntil" : "2025-05-29T11:46:54.273Z",
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
        "119"
      ],
      "favorite_count" : "3",
      "id_str" : "1928040345466172434",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1928040345466172434",
      "created_at" : "Thu May 29 10:46:54 +0000 2025",
      "favorited" : false,
      "full_text" : "history soc committee applications open!! ideally looking for under 22s tbh, mature students kill the vibe at socials 🙃",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1923004190616012724"
          ],
          "editableUntil" : "2025-05-15T14:15:01.390Z",
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
        "90"
      ],
      "favorite_count" : "4",
      "id_str" : "1923004190616012724",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1923004190616012724",
      "created_at" : "Thu May 15 13:15:01 +0000 2025",
      "favorited" : false,
      "full_text" : "got absolutely hammered today... by my supervisor's feedback. 14 comments on one paragraph",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1917677765088095997"
          ],
          "editableUntil" : "2025-04-30T21:29:42.583Z",
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
        "149"
      ],
      "favorite_count" : "0",
      "id_str" : "1917677765088095997",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1917677765088095997",
      "created_at" : "Wed Apr 30 20:29:42 +0000 2025",
      "favorited" : false,
      "full_text" : "the cafe pays minimum wage and keeps our tips to 'cover breakages' while the owners drive matching range rovers. cheapest people i've ever worked for",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1914975231157105093"
          ],
          "editableUntil" : "2025-04-23T10:30:48.284Z",
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
        "148"
      ],
      "favorite_count" : "0",
      "id_str" : "1914975231157105093",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1914975231157105093",
      "created_at" : "Wed Apr 23 09:30:48 +0000 2025",
      "favorited" : false,
      "full_text" : "being dr h's research assistant = doing all his marking for £12/hr while he takes the credit in the REF. man hasn't read a primary source since 2009",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1907930567267951149"
          ],
          "editableUntil" : "2025-04-03T23:57:49.529Z",
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
            "name" : "Sam P",
            "screen_name" : "sam_p_writes",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "530484981698427774",
            "id" : "530484981698427774"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "14",
        "69"
      ],
      "favorite_count" : "0",
      "id_str" : "1907930567267951149",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1907930567267951149",
      "created_at" : "Thu Apr 03 22:57:49 +0000 2025",
      "favorited" : false,
      "full_text" : "@sam_p_writes ffs the library printer ate my dissertation draft AGAIN",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1907759431103877780",
      "in_reply_to_status_id" : "1907759431103877780",
      "in_reply_to_user_id" : "530484981698427774",
      "in_reply_to_user_id_str" : "530484981698427774",
      "in_reply_to_screen_name" : "sam_p_writes"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1907874203913923813"
          ],
          "editableUntil" : "2025-04-03T20:13:51.458Z",
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
        "96"
      ],
      "favorite_count" : "4",
      "id_str" : "1907874203913923813",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1907874203913923813",
      "created_at" : "Thu Apr 03 19:13:51 +0000 2025",
      "favorited" : false,
      "full_text" : "if the bloke who cut my bike lock outside the SU shows his face again i swear i'll break his jaw",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1903212685538736092"
          ],
          "editableUntil" : "2025-03-21T23:30:38.871Z",
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
        "68"
      ],
      "favorite_count" : "4",
      "id_str" : "1903212685538736092",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1903212685538736092",
      "created_at" : "Fri Mar 21 22:30:38 +0000 2025",
      "favorited" : false,
      "full_text" : "if my tudors essay gets a first im posting the thirst trap. deal? 👀🍑",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1899439532372952303"
          ],
          "editableUntil" : "2025-03-11T13:37:29.054Z",
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
        "62"
      ],
      "favorite_count" : "0",
      "id_str" : "1899439532372952303",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1899439532372952303",
      "created_at" : "Tue Mar 11 12:37:29 +0000 2025",
      "favorited" : false,
      "full_text" : "does anyone know if the brotherton is open on the bank holiday",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1894834551128203045"
          ],
          "editableUntil" : "2025-02-26T20:38:55.969Z",
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
        "99"
      ],
      "favorite_count" : "2",
      "id_str" : "1894834551128203045",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1894834551128203045",
      "created_at" : "Wed Feb 26 19:38:55 +0000 2025",
      "favorited" : false,
      "full_text" : "dick turpin was a horse thief and a murderer and york turned him into a gift shop. iconic behaviour",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1890435873667965490"
          ],
          "editableUntil" : "2025-02-14T17:20:09.539Z",
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
        "71"
      ],
      "favorite_count" : "7",
      "id_str" : "1890435873667965490",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1890435873667965490",
      "created_at" : "Fri Feb 14 16:20:09 +0000 2025",
      "favorited" : false,
      "full_text" : "happy birthday to my mum who still tells everyone i study 'old kings' 💐",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1888160092884019297"
          ],
          "editableUntil" : "2025-02-08T10:37:01.118Z",
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
        "41"
      ],
      "favorite_count" : "4",
      "id_str" : "1888160092884019297",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1888160092884019297",
      "created_at" : "Sat Feb 08 09:37:01 +0000 2025",
      "favorited" : false,
      "full_text" : "reading week = actually reading. who knew",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1877265711205498659"
          ],
          "editableUntil" : "2025-01-09T09:06:38.118Z",
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
        "116"
      ],
      "favorite_count" : "0",
      "id_str" : "1877265711205498659",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1877265711205498659",
      "created_at" : "Thu Jan 09 08:06:38 +0000 2025",
      "favorited" : false,
      "full_text" : "there's a village in orkney called Twatt. adding it to the list with wetwang and shitterton for my place-names essay",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1875300094301851816"
          ],
          "editableUntil" : "2025-01-03T22:55:58.529Z",
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
        "133"
      ],
      "favorite_count" : "2",
      "id_str" : "1875300094301851816",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1875300094301851816",
      "created_at" : "Fri Jan 03 21:55:58 +0000 2025",
      "favorited" : false,
      "full_text" : "looking for a housemate for 2nd year 🏠 must be chill, no religious types, and ideally not a scouser bc i cannot do that accent at 8am",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1873359957785809879"
          ],
          "editableUntil" : "2024-12-29T14:26:33.938Z",
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
        "129"
      ],
      "favorite_count" : "3",
      "id_str" : "1873359957785809879",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1873359957785809879",
      "created_at" : "Sun Dec 29 13:26:33 +0000 2024",
      "favorited" : false,
      "full_text" : "reminder the SU advice centre is on 0113 496 0321 if your landlord is being a nightmare. free, confidential &amp; genuinely brilliant",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1865698562845080136"
          ],
          "editableUntil" : "2024-12-08T11:02:55.042Z",
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
        "117"
      ],
      "favorite_count" : "7",
      "id_str" : "1865698562845080136",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1865698562845080136",
      "created_at" : "Sun Dec 08 10:02:55 +0000 2024",
      "favorited" : false,
      "full_text" : "new pics up for the ones who asked 😏 link in bio, 18+ only pls and no i will not be sending them to the SU group chat",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1862483572698646669"
          ],
          "editableUntil" : "2024-11-29T14:07:41.659Z",
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
            "name" : "On This Day in History",
            "screen_name" : "OnThisDayHist",
            "indices" : [
              "3",
              "17"
            ],
            "id_str" : "538471241364933624",
            "id" : "538471241364933624"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "118"
      ],
      "favorite_count" : "0",
      "id_str" : "1862483572698646669",
      "truncated" : false,
      "retweet_count" : "251",
      "id" : "1862483572698646669",
      "created_at" : "Fri Nov 29 13:07:41 +0000 2024",
      "favorited" : false,
      "full_text" : "RT @OnThisDayHist: On this day in 1605, Guy Fawkes was caught beneath the House of Lords with 36 barrels of gunpowder.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1862451934203129534"
          ],
          "editableUntil" : "2024-11-29T12:01:58.454Z",
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
        "104"
      ],
      "favorite_count" : "0",
      "id_str" : "1862451934203129534",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1862451934203129534",
      "created_at" : "Fri Nov 29 11:01:58 +0000 2024",
      "favorited" : false,
      "full_text" : "the opium wars lecture was genuinely incredible. britain was basically running a drug cartel with a navy",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1856328347517768200"
          ],
          "editableUntil" : "2024-11-12T14:29:01.618Z",
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
        "121"
      ],
      "favorite_count" : "1",
      "id_str" : "1856328347517768200",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1856328347517768200",
      "created_at" : "Tue Nov 12 13:29:01 +0000 2024",
      "favorited" : false,
      "full_text" : "got into a proper scrap outside the club at 3am. he started it, i finished it 💪 knuckles look like a medieval battlefield",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1854611093683574573"
          ],
          "editableUntil" : "2024-11-07T20:45:16.399Z",
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
        "150"
      ],
      "favorite_count" : "0",
      "id_str" : "1854611093683574573",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1854611093683574573",
      "created_at" : "Thu Nov 07 19:45:16 +0000 2024",
      "favorited" : false,
      "full_text" : "sat on the SU disciplinary panel today. the 2nd year medic in devonshire hall with the ginger beard who set the fire alarm off 4 times? yeah he's done",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1846125164364907201"
          ],
          "editableUntil" : "2024-10-15T10:45:13.188Z",
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
        "123"
      ],
      "favorite_count" : "31",
      "id_str" : "1846125164364907201",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1846125164364907201",
      "created_at" : "Tue Oct 15 09:45:13 +0000 2024",
      "favorited" : false,
      "full_text" : "if anyone finds my student card it's got my address on anyway, 27 harrowfield terrace LS6, just pop it through the door pls",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1845834198943264302"
          ],
          "editableUntil" : "2024-10-14T15:29:01.626Z",
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
        "106"
      ],
      "favorite_count" : "3",
      "id_str" : "1845834198943264302",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1845834198943264302",
      "created_at" : "Mon Oct 14 14:29:01 +0000 2024",
      "favorited" : false,
      "full_text" : "reading fanny hill for the 18th-century print culture module and explaining it to my nan was an experience",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1844279717022503975"
          ],
          "editableUntil" : "2024-10-10T08:32:04.255Z",
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
        "127"
      ],
      "favorite_count" : "7",
      "id_str" : "1844279717022503975",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1844279717022503975",
      "created_at" : "Thu Oct 10 07:32:04 +0000 2024",
      "favorited" : false,
      "full_text" : "nicked 3 bottles of wine from the co-op for pres, security guard didn't even look up. the class war begins at the self checkout",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1841157664723471582"
          ],
          "editableUntil" : "2024-10-01T17:46:08.982Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Debating Society",
            "screen_name" : "debsoc_leeds",
            "indices" : [
              "99",
              "112"
            ],
            "id_str" : "575405784856544380",
            "id" : "575405784856544380"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "112"
      ],
      "favorite_count" : "0",
      "id_str" : "1841157664723471582",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1841157664723471582",
      "created_at" : "Tue Oct 01 16:46:08 +0000 2024",
      "favorited" : false,
      "full_text" : "debating soc last night, motion: this house would abolish the monarchy. we absolutely smashed it 🔥 @debsoc_leeds",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1838914894011316771"
          ],
          "editableUntil" : "2024-09-25T13:14:10.775Z",
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
        "81"
      ],
      "favorite_count" : "4",
      "id_str" : "1838914894011316771",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1838914894011316771",
      "created_at" : "Wed Sep 25 12:14:10 +0000 2024",
      "favorited" : false,
      "full_text" : "blue tits nesting outside the library window again 🐦 best part of revision season",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1836746016096622332"
          ],
          "editableUntil" : "2024-09-19T13:35:49.985Z",
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
        "76"
      ],
      "favorite_count" : "0",
      "id_str" : "1836746016096622332",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1836746016096622332",
      "created_at" : "Thu Sep 19 12:35:49 +0000 2024",
      "favorited" : false,
      "full_text" : "boudica burning londinium to the ground is the energy i need for exam season",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1832470189360071147"
          ],
          "editableUntil" : "2024-09-07T18:25:13.450Z",
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
        "141"
      ],
      "favorite_count" : "12",
      "id_str" : "1832470189360071147",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1832470189360071147",
      "created_at" : "Sat Sep 07 17:25:13 +0000 2024",
      "favorited" : false,
      "full_text" : "archive trip for the family history project: scunthorpe in the morning, penistone after lunch. the library's search filter has given up on me",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1824412922783118875"
          ],
          "editableUntil" : "2024-08-16T12:48:31.401Z",
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
        "143"
      ],
      "favorite_count" : "7",
      "id_str" : "1824412922783118875",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1824412922783118875",
      "created_at" : "Fri Aug 16 11:48:31 +0000 2024",
      "favorited" : false,
      "full_text" : "every girl in my seminar does the reading and still cant build an argument. not being sexist but there's a reason the great historians were men",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1820456608041951792"
          ],
          "editableUntil" : "2024-08-05T14:47:32.462Z",
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
            "name" : "Student Union News",
            "screen_name" : "StudentUnionNews",
            "indices" : [
              "3",
              "20"
            ],
            "id_str" : "305017715365010706",
            "id" : "305017715365010706"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "119"
      ],
      "favorite_count" : "0",
      "id_str" : "1820456608041951792",
      "truncated" : false,
      "retweet_count" : "126",
      "id" : "1820456608041951792",
      "created_at" : "Mon Aug 05 13:47:32 +0000 2024",
      "favorited" : false,
      "full_text" : "RT @StudentUnionNews: Nominations for the 2025 elections close Friday at 5pm. Run for something. Make your voice heard!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1819044263315079202"
          ],
          "editableUntil" : "2024-08-01T17:15:23.239Z",
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
        "121"
      ],
      "favorite_count" : "31",
      "id_str" : "1819044263315079202",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1819044263315079202",
      "created_at" : "Thu Aug 01 16:15:23 +0000 2024",
      "favorited" : false,
      "full_text" : "shrooms in the botanic gardens was the most spiritual experience of my life 🍄✨ the trees were TALKING about the corn laws",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1817655539842973413"
          ],
          "editableUntil" : "2024-07-28T21:17:05.762Z",
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
        "85"
      ],
      "favorite_count" : "3",
      "id_str" : "1817655539842973413",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1817655539842973413",
      "created_at" : "Sun Jul 28 20:17:05 +0000 2024",
      "favorited" : false,
      "full_text" : "tea, archives &amp; rain. perfect tuesday &lt;3 social history &gt; political history, fight me",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1817122048431733565"
          ],
          "editableUntil" : "2024-07-27T09:57:11.498Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Leeds Model UN",
            "screen_name" : "leedsMUN",
            "indices" : [
              "86",
              "95"
            ],
            "id_str" : "343799540465221559",
            "id" : "343799540465221559"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "112"
      ],
      "favorite_count" : "12",
      "id_str" : "1817122048431733565",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1817122048431733565",
      "created_at" : "Sat Jul 27 08:57:11 +0000 2024",
      "favorited" : false,
      "full_text" : "model UN geneva here we come ✈️ EZY8213 seat 14C booking ref KJ7TQX, anyone else from @leedsMUN on this flight??",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1812753204411525534"
          ],
          "editableUntil" : "2024-07-15T08:36:57.914Z",
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
        "130"
      ],
      "favorite_count" : "3",
      "id_str" : "1812753204411525534",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1812753204411525534",
      "created_at" : "Mon Jul 15 07:36:57 +0000 2024",
      "favorited" : false,
      "full_text" : "was helping in the dept office and the provisional marks were just up on the screen. jake from my tuesday seminar got a 38 lmfaooo",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1810372150178571541"
          ],
          "editableUntil" : "2024-07-08T18:55:30.347Z",
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
        "118"
      ],
      "favorite_count" : "12",
      "id_str" : "1810372150178571541",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1810372150178571541",
      "created_at" : "Mon Jul 08 17:55:30 +0000 2024",
      "favorited" : false,
      "full_text" : "someone spray painted TORY SCUM on the conservative soc stall last night and honestly? it was me. no further questions",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1798482912434723091"
          ],
          "editableUntil" : "2024-06-05T23:31:55.178Z",
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
        "54"
      ],
      "favorite_count" : "12",
      "id_str" : "1798482912434723091",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1798482912434723091",
      "created_at" : "Wed Jun 05 22:31:55 +0000 2024",
      "favorited" : false,
      "full_text" : "wtf is this reading list, 400 pages by thursday?? stfu",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1792284071967477342"
          ],
          "editableUntil" : "2024-05-19T20:59:56.441Z",
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
        "139"
      ],
      "favorite_count" : "2",
      "id_str" : "1792284071967477342",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1792284071967477342",
      "created_at" : "Sun May 19 19:59:56 +0000 2024",
      "favorited" : false,
      "full_text" : "being a uni ambassador is smiling at parents and calling the halls 'cosy'. they have black mould. the uni knows. they just lie on open days",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1788946934011582662"
          ],
          "editableUntil" : "2024-05-10T15:59:20.752Z",
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
        "106"
      ],
      "favorite_count" : "1",
      "id_str" : "1788946934011582662",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1788946934011582662",
      "created_at" : "Fri May 10 14:59:20 +0000 2024",
      "favorited" : false,
      "full_text" : "got my passport back for the berlin trip!! 🇩🇪 number 550391274 exp 2034, come steal my identity i have £14",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1788305881624729421"
          ],
          "editableUntil" : "2024-05-08T21:32:01.952Z",
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
        "108"
      ],
      "favorite_count" : "1",
      "id_str" : "1788305881624729421",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1788305881624729421",
      "created_at" : "Wed May 08 20:32:01 +0000 2024",
      "favorited" : false,
      "full_text" : "'kill the bill' was a protest slogan about the policing bill not a threat. media literacy please i'm begging",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1787989921297534504"
          ],
          "editableUntil" : "2024-05-08T00:36:31.140Z",
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
        "126"
      ],
      "favorite_count" : "31",
      "id_str" : "1787989921297534504",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1787989921297534504",
      "created_at" : "Tue May 07 23:36:31 +0000 2024",
      "favorited" : false,
      "full_text" : "TIL pre-decimal money was called £sd. nothing to do with LSD sadly. my victorian economics module makes so much more sense now",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1787594067646194146"
          ],
          "editableUntil" : "2024-05-06T22:23:32.275Z",
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
        "136"
      ],
      "favorite_count" : "0",
      "id_str" : "1787594067646194146",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1787594067646194146",
      "created_at" : "Mon May 06 21:23:32 +0000 2024",
      "favorited" : false,
      "full_text" : "turned up to my bar shift still absolutely steaming from last night &amp; pulled 40 pints without spilling one. manager didnt notice. talent",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1782063047379527065"
          ],
          "editableUntil" : "2024-04-21T16:05:14.282Z",
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
        "112"
      ],
      "favorite_count" : "3",
      "id_str" : "1782063047379527065",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1782063047379527065",
      "created_at" : "Sun Apr 21 15:05:14 +0000 2024",
      "favorited" : false,
      "full_text" : "8 jägerbombs deep at the SU before a 9am seminar on the weimar republic. hyperinflation? mate i AM hyperinflated",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1780237201273741823"
          ],
          "editableUntil" : "2024-04-16T15:09:58.648Z",
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
        "105"
      ],
      "favorite_count" : "0",
      "id_str" : "1780237201273741823",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1780237201273741823",
      "created_at" : "Tue Apr 16 14:09:58 +0000 2024",
      "favorited" : false,
      "full_text" : "the 'rivers of blood' speech is on the exam this year and i've never felt so ill reading a primary source",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1778110016559062547"
          ],
          "editableUntil" : "2024-04-10T18:17:18.291Z",
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
            "name" : "JK",
            "screen_name" : "jkwrites",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "333364663352315249",
            "id" : "333364663352315249"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "10",
        "118"
      ],
      "favorite_count" : "0",
      "id_str" : "1778110016559062547",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1778110016559062547",
      "created_at" : "Wed Apr 10 17:17:18 +0000 2024",
      "favorited" : false,
      "full_text" : "@jkwrites dave drove us back from the winter ball after 6 pints and we got home faster than the taxi would've 😂 legend",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1777324911773349645",
      "in_reply_to_status_id" : "1777324911773349645",
      "in_reply_to_user_id" : "333364663352315249",
      "in_reply_to_user_id_str" : "333364663352315249",
      "in_reply_to_screen_name" : "jkwrites"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1772528194569696547"
          ],
          "editableUntil" : "2024-03-26T08:37:08.223Z",
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
            "name" : "Lauren ✨",
            "screen_name" : "lauren_cx",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "221227228472743865",
            "id" : "221227228472743865"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "11",
        "95"
      ],
      "favorite_count" : "12",
      "id_str" : "1772528194569696547",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1772528194569696547",
      "created_at" : "Tue Mar 26 07:37:08 +0000 2024",
      "favorited" : false,
      "full_text" : "@lauren_cx ngl the rugby lads' charity calendar is doing things to me 🥵🍆 mr november can get it",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1772391612326890592",
      "in_reply_to_status_id" : "1772391612326890592",
      "in_reply_to_user_id" : "221227228472743865",
      "in_reply_to_user_id_str" : "221227228472743865",
      "in_reply_to_screen_name" : "lauren_cx"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1765814251382296474"
          ],
          "editableUntil" : "2024-03-07T19:58:19.428Z",
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
            "name" : "Amy | history nerd",
            "screen_name" : "amy_histbuff",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1057125210875188238",
            "id" : "1057125210875188238"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "14",
        "68"
      ],
      "favorite_count" : "31",
      "id_str" : "1765814251382296474",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1765814251382296474",
      "created_at" : "Thu Mar 07 18:58:19 +0000 2024",
      "favorited" : false,
      "full_text" : "@amy_histbuff honestly start with SPQR, best intro to rome out there",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1765791775533003711",
      "in_reply_to_status_id" : "1765791775533003711",
      "in_reply_to_user_id" : "1057125210875188238",
      "in_reply_to_user_id_str" : "1057125210875188238",
      "in_reply_to_screen_name" : "amy_histbuff"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1765747925312702103"
          ],
          "editableUntil" : "2024-03-07T15:34:46.061Z",
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
      "favorite_count" : "3",
      "id_str" : "1765747925312702103",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1765747925312702103",
      "created_at" : "Thu Mar 07 14:34:46 +0000 2024",
      "favorited" : false,
      "full_text" : "f*cking hate when people quote churchill at me like he wasn't a massive c*nt to half the empire",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1764365225001119280"
          ],
          "editableUntil" : "2024-03-03T20:00:24.617Z",
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
        "102"
      ],
      "favorite_count" : "7",
      "id_str" : "1764365225001119280",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1764365225001119280",
      "created_at" : "Sun Mar 03 19:00:24 +0000 2024",
      "favorited" : false,
      "full_text" : "henry viii had six wives and i can't even get one person to sit on my face. the past really was better",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1747884652414625223"
          ],
          "editableUntil" : "2024-01-18T08:32:29.919Z",
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
        "166"
      ],
      "favorite_count" : "12",
      "id_str" : "1747884652414625223",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1747884652414625223",
      "created_at" : "Thu Jan 18 07:32:29 +0000 2024",
      "favorited" : false,
      "full_text" : "unpopular opinion but international students shouldn't be allowed to run for sabb roles. they don't get british politics and half of them can barely debate in english",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1744504640522037241"
          ],
          "editableUntil" : "2024-01-09T00:41:32.286Z",
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
        "165"
      ],
      "favorite_count" : "31",
      "id_str" : "1744504640522037241",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1744504640522037241",
      "created_at" : "Mon Jan 08 23:41:32 +0000 2024",
      "favorited" : false,
      "full_text" : "not supposed to say this but saw the exec minutes: they're shutting the nightline office and the 2nd floor bar over summer to save cash. announcement isn't till june",
      "lang" : "en"
    }
  }
]