window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1974426625081994109"
          ],
          "editableUntil" : "2025-10-04T11:49:25.000Z",
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
      "id_str" : "1974426625081994109",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1974426625081994109",
      "created_at" : "Sat Oct 04 10:49:25 +0000 2025",
      "favorited" : false,
      "full_text" : "Becker (1968), 'Crime and Punishment: An Economic Approach', is still the best-written paper in the field and I will not be taking questions",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1970135609065033493"
          ],
          "editableUntil" : "2025-09-22T15:38:27.000Z",
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
      "favorite_count" : "3",
      "id_str" : "1970135609065033493",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1970135609065033493",
      "created_at" : "Mon Sep 22 14:38:27 +0000 2025",
      "favorited" : false,
      "full_text" : "sex ratios at birth across Chinese provinces after the one-child policy: a short thread on what the data actually say 🧵",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1968625862771421187"
          ],
          "editableUntil" : "2025-09-18T11:39:15.000Z",
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
        "103"
      ],
      "favorite_count" : "4",
      "id_str" : "1968625862771421187",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1968625862771421187",
      "created_at" : "Thu Sep 18 10:39:15 +0000 2025",
      "favorited" : false,
      "full_text" : "the Fed didn't just hold, it shot the messenger. good piece on central bank communication in today's FT",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1965510248473772543"
          ],
          "editableUntil" : "2025-09-09T21:18:55.000Z",
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
      "favorite_count" : "2",
      "id_str" : "1965510248473772543",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1965510248473772543",
      "created_at" : "Tue Sep 09 20:18:55 +0000 2025",
      "favorited" : false,
      "full_text" : "every time a 'mature student' joins the cohort we lose a week of reading group to their 'real world experience'. PhDs should have an age cap, I said what I said",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1951905603603209499"
          ],
          "editableUntil" : "2025-08-03T08:18:55.000Z",
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
      "favorite_count" : "2",
      "id_str" : "1951905603603209499",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1951905603603209499",
      "created_at" : "Sun Aug 03 07:18:55 +0000 2025",
      "favorited" : false,
      "full_text" : "anti-dumping duties lecture went fine. only three people giggled at 'dumping'. progress",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1950245263795772170"
          ],
          "editableUntil" : "2025-07-29T18:21:19.000Z",
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
      "id_str" : "1950245263795772170",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1950245263795772170",
      "created_at" : "Tue Jul 29 17:21:19 +0000 2025",
      "favorited" : false,
      "full_text" : "conference hotels have thin walls and I now know more about the IO session chair than I ever wanted to. he was 'presenting' till 2am 😏🍑💦",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1947251035635258860"
          ],
          "editableUntil" : "2025-07-21T12:03:19.000Z",
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
      "favorite_count" : "5",
      "id_str" : "1947251035635258860",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1947251035635258860",
      "created_at" : "Mon Jul 21 11:03:19 +0000 2025",
      "favorited" : false,
      "full_text" : "chapter 2 sent to supervisor. going to lie down until 2026",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1940736438076900258"
          ],
          "editableUntil" : "2025-07-03T12:36:38.000Z",
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
      "favorite_count" : "3",
      "id_str" : "1940736438076900258",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1940736438076900258",
      "created_at" : "Thu Jul 03 11:36:38 +0000 2025",
      "favorited" : false,
      "full_text" : "minimum wage increases don't kill jobs the way your uncle thinks. thread with the actual meta-analyses 🧵 1/9",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1936826567257191417"
          ],
          "editableUntil" : "2025-06-22T17:40:12.000Z",
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
      "favorite_count" : "6",
      "id_str" : "1936826567257191417",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1936826567257191417",
      "created_at" : "Sun Jun 22 16:40:12 +0000 2025",
      "favorited" : false,
      "full_text" : "ranking econ twitter men by how hard I'd let them bootstrap me. a thread 🧵🔞",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1934408879307900763"
          ],
          "editableUntil" : "2025-06-16T01:33:11.000Z",
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
        "249"
      ],
      "favorite_count" : "7",
      "id_str" : "1934408879307900763",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1934408879307900763",
      "created_at" : "Mon Jun 16 00:33:11 +0000 2025",
      "favorited" : false,
      "full_text" : "UK housing isn't expensive because of immigration or millennials buying avocado toast. it's expensive because we don't build enough homes where people want to live, and the planning system makes sure we never will. there, saved you a 300-page report",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1933484625179804408"
          ],
          "editableUntil" : "2025-06-13T12:20:31.000Z",
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
            "name" : "anon ra guy",
            "screen_name" : "anon_ra_guy",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "847462162964351645",
            "id" : "847462162964351645"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "13",
        "70"
      ],
      "favorite_count" : "4",
      "in_reply_to_status_id_str" : "1933466493371327698",
      "id_str" : "1933484625179804408",
      "in_reply_to_user_id" : "847462162964351645",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1933484625179804408",
      "in_reply_to_status_id" : "1933466493371327698",
      "created_at" : "Fri Jun 13 11:20:31 +0000 2025",
      "favorited" : false,
      "full_text" : "@anon_ra_guy for that price I'll send you more than feet 😘 link in bio",
      "lang" : "en",
      "in_reply_to_screen_name" : "anon_ra_guy",
      "in_reply_to_user_id_str" : "847462162964351645"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1932563111525378393"
          ],
          "editableUntil" : "2025-06-10T23:18:45.000Z",
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
      "favorite_count" : "0",
      "id_str" : "1932563111525378393",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1932563111525378393",
      "created_at" : "Tue Jun 10 22:18:45 +0000 2025",
      "favorited" : false,
      "full_text" : "Keynes on my office mug: 'in the long run we are all dead'. weirdly motivating at 4pm",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1929374024868641628"
          ],
          "editableUntil" : "2025-06-02T04:06:28.000Z",
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
        "126"
      ],
      "favorite_count" : "1",
      "id_str" : "1929374024868641628",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1929374024868641628",
      "created_at" : "Mon Jun 02 03:06:28 +0000 2025",
      "favorited" : false,
      "full_text" : "flight BA1482 delayed 3 hours so here's a thread on why airline seat pricing is textbook third-degree price discrimination ✈️🧵",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1925981153564171666"
          ],
          "editableUntil" : "2025-05-23T19:24:24.000Z",
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
      "favorite_count" : "5",
      "id_str" : "1925981153564171666",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1925981153564171666",
      "created_at" : "Fri May 23 18:24:24 +0000 2025",
      "favorited" : false,
      "full_text" : "ngl the only thing getting me through chapter 3 is the new postdoc on the 4th floor. those forearms 🥵🍆",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1922110444696870299"
          ],
          "editableUntil" : "2025-05-13T03:03:35.000Z",
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
      "id_str" : "1922110444696870299",
      "truncated" : false,
      "retweet_count" : "13",
      "id" : "1922110444696870299",
      "created_at" : "Tue May 13 02:03:35 +0000 2025",
      "favorited" : false,
      "full_text" : "subletting my room in Fallowfield for July–Aug, £520 pcm bills incl. 27 Brantwood Grove, M14. text me on 07700 900412, no time wasters",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1921746128120909628"
          ],
          "editableUntil" : "2025-05-12T02:55:55.000Z",
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
            "name" : "MacroBro",
            "screen_name" : "MacroBro_",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "660845298321618993",
            "id" : "660845298321618993"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "11",
        "65"
      ],
      "favorite_count" : "7",
      "in_reply_to_status_id_str" : "1921728314843497382",
      "id_str" : "1921746128120909628",
      "in_reply_to_user_id" : "660845298321618993",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1921746128120909628",
      "in_reply_to_status_id" : "1921728314843497382",
      "created_at" : "Mon May 12 01:55:55 +0000 2025",
      "favorited" : false,
      "full_text" : "@MacroBro_ wtf is this take. did you read past the abstract lmfao",
      "lang" : "en",
      "in_reply_to_screen_name" : "MacroBro_",
      "in_reply_to_user_id_str" : "660845298321618993"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1920317152334435003"
          ],
          "editableUntil" : "2025-05-08T04:17:41.000Z",
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
      "favorite_count" : "4",
      "id_str" : "1920317152334435003",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1920317152334435003",
      "created_at" : "Thu May 08 03:17:41 +0000 2025",
      "favorited" : false,
      "full_text" : "ran the Manchester 10k this morning. slowest I've ever been, happiest I've ever been",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1914043773993236907"
          ],
          "editableUntil" : "2025-04-20T20:49:31.000Z",
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
            "name" : "MacroBro",
            "screen_name" : "MacroBro_",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "660845298321618993",
            "id" : "660845298321618993"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "11",
        "125"
      ],
      "favorite_count" : "5",
      "in_reply_to_status_id_str" : "1914039724186317260",
      "id_str" : "1914043773993236907",
      "in_reply_to_user_id" : "660845298321618993",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1914043773993236907",
      "in_reply_to_status_id" : "1914039724186317260",
      "created_at" : "Sun Apr 20 19:49:31 +0000 2025",
      "favorited" : false,
      "full_text" : "@MacroBro_ that's not what the paper says. table 3: the effect disappears once you add region fixed effects. it's right there",
      "lang" : "en",
      "in_reply_to_screen_name" : "MacroBro_",
      "in_reply_to_user_id_str" : "660845298321618993"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1909299001731573203"
          ],
          "editableUntil" : "2025-04-07T18:35:29.000Z",
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
      "favorite_count" : "3",
      "id_str" : "1909299001731573203",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1909299001731573203",
      "created_at" : "Mon Apr 07 17:35:29 +0000 2025",
      "favorited" : false,
      "full_text" : "tax evasion is a crime, tax avoidance is a consultancy. slides for this week's public econ seminar are on Blackboard",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1902539391812554035"
          ],
          "editableUntil" : "2025-03-20T02:55:13.000Z",
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
            "name" : "LabourEconJen",
            "screen_name" : "LabourEconJen",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "260744344417001948",
            "id" : "260744344417001948"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "15",
        "150"
      ],
      "favorite_count" : "5",
      "in_reply_to_status_id_str" : "1902520907205647874",
      "id_str" : "1902539391812554035",
      "in_reply_to_user_id" : "260744344417001948",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1902539391812554035",
      "in_reply_to_status_id" : "1902520907205647874",
      "created_at" : "Thu Mar 20 01:55:13 +0000 2025",
      "favorited" : false,
      "full_text" : "@LabourEconJen the kidney market in Iran is legal and regulated, that's the whole point of the Iranian model. worth reading about before dunking on it",
      "lang" : "en",
      "in_reply_to_screen_name" : "LabourEconJen",
      "in_reply_to_user_id_str" : "260744344417001948"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1901126880909528425"
          ],
          "editableUntil" : "2025-03-16T05:22:24.000Z",
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
      "favorite_count" : "4",
      "id_str" : "1901126880909528425",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1901126880909528425",
      "created_at" : "Sun Mar 16 04:22:24 +0000 2025",
      "favorited" : false,
      "full_text" : "third year of the PhD and I've finally learned the secret: nobody knows what they're doing, some of us just have better LaTeX templates",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1897421377293103322"
          ],
          "editableUntil" : "2025-03-05T23:58:03.000Z",
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
        "91"
      ],
      "favorite_count" : "6",
      "id_str" : "1897421377293103322",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1897421377293103322",
      "created_at" : "Wed Mar 05 22:58:03 +0000 2025",
      "favorited" : false,
      "full_text" : "student ID finally renewed after the library turned me away twice. the photo is a war crime",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1889982920266833553"
          ],
          "editableUntil" : "2025-02-13T11:20:17.000Z",
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
      "favorite_count" : "1",
      "id_str" : "1889982920266833553",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1889982920266833553",
      "created_at" : "Thu Feb 13 10:20:17 +0000 2025",
      "favorited" : false,
      "full_text" : "not saying women can't do econometrics, just saying look at who's asking the basic questions in the Stata lab every single week 🤷",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1887690645772573763"
          ],
          "editableUntil" : "2025-02-07T03:31:36.000Z",
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
        "118"
      ],
      "favorite_count" : "4",
      "id_str" : "1887690645772573763",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1887690645772573763",
      "created_at" : "Fri Feb 07 02:31:36 +0000 2025",
      "favorited" : false,
      "full_text" : "my supervisor has 'read' my 60-page draft. comments in full: 'interesting, keep going'. £4,786 a year in fees for that",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1882832940208776644"
          ],
          "editableUntil" : "2025-01-24T17:48:48.000Z",
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
      "favorite_count" : "7",
      "id_str" : "1882832940208776644",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1882832940208776644",
      "created_at" : "Fri Jan 24 16:48:48 +0000 2025",
      "favorited" : false,
      "full_text" : "Black Wednesday lecture today and half the room thought it was a Netflix show",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1876133724000731874"
          ],
          "editableUntil" : "2025-01-06T06:08:31.000Z",
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
      "favorite_count" : "4",
      "id_str" : "1876133724000731874",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1876133724000731874",
      "created_at" : "Mon Jan 06 05:08:31 +0000 2025",
      "favorited" : false,
      "full_text" : "supervisor wants me to co-author with the new visiting scholar from Dhaka. great, guess I'm rewriting every sentence and re-checking every number he touches",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1875298828651404527"
          ],
          "editableUntil" : "2025-01-03T22:50:56.000Z",
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
      "favorite_count" : "4",
      "id_str" : "1875298828651404527",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1875298828651404527",
      "created_at" : "Fri Jan 03 21:50:56 +0000 2025",
      "favorited" : false,
      "full_text" : "the dept salary spreadsheet was left on the shared printer 👀 the new assistant prof is on £11k more than the lecturer who's been here 9 years. not saying who",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1873611552283244225"
          ],
          "editableUntil" : "2024-12-30T07:06:18.000Z",
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
        "100"
      ],
      "favorite_count" : "7",
      "id_str" : "1873611552283244225",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1873611552283244225",
      "created_at" : "Mon Dec 30 06:06:18 +0000 2024",
      "favorited" : false,
      "full_text" : "anyone got a good intro to structural IO for a reading group? Ackerberg et al is too much for week 1",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1871647352253403572"
          ],
          "editableUntil" : "2024-12-24T21:01:16.000Z",
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
        "74"
      ],
      "favorite_count" : "9",
      "id_str" : "1871647352253403572",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1871647352253403572",
      "created_at" : "Tue Dec 24 20:01:16 +0000 2024",
      "favorited" : false,
      "full_text" : "Stata crashed and took 6 hours of unsaved do-file with it. f*cking kill me",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1867795459051684570"
          ],
          "editableUntil" : "2024-12-14T05:55:14.000Z",
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
            "name" : "stonedeconomist",
            "screen_name" : "stonedeconomist",
            "indices" : [
              "3",
              "19"
            ],
            "id_str" : "849083224091397484",
            "id" : "849083224091397484"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "71"
      ],
      "favorite_count" : "0",
      "id_str" : "1867795459051684570",
      "truncated" : false,
      "retweet_count" : "20",
      "id" : "1867795459051684570",
      "created_at" : "Sat Dec 14 04:55:14 +0000 2024",
      "favorited" : false,
      "full_text" : "RT @stonedeconomist: the best referee reports are written 🍃💨 don't @ me",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1866686392953424601"
          ],
          "editableUntil" : "2024-12-11T04:28:12.000Z",
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
      "favorite_count" : "3",
      "id_str" : "1866686392953424601",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1866686392953424601",
      "created_at" : "Wed Dec 11 03:28:12 +0000 2024",
      "favorited" : false,
      "full_text" : "sat on the panel for our new RA. one candidate had an accent so thick I'd need subtitles in a seminar. easy no, next",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1861971596600052270"
          ],
          "editableUntil" : "2024-11-28T04:13:17.000Z",
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
      "id_str" : "1861971596600052270",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1861971596600052270",
      "created_at" : "Thu Nov 28 03:13:17 +0000 2024",
      "favorited" : false,
      "full_text" : "dept drinks → Big Hands → someone's flat in Rusholme → 5am. teaching a 9am seminar on IV estimation still absolutely steaming 🍻🍻🍻",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1856452145634084777"
          ],
          "editableUntil" : "2024-11-12T22:40:57.000Z",
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
            "name" : "phd problems uk",
            "screen_name" : "phd_problems_uk",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "688222053465450491",
            "id" : "688222053465450491"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "17",
        "116"
      ],
      "favorite_count" : "31",
      "in_reply_to_status_id_str" : "1856448314345454636",
      "id_str" : "1856452145634084777",
      "in_reply_to_user_id" : "688222053465450491",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1856452145634084777",
      "in_reply_to_status_id" : "1856448314345454636",
      "created_at" : "Tue Nov 12 21:40:57 +0000 2024",
      "favorited" : false,
      "full_text" : "@phd_problems_uk mine is the same. man hasn't read a paper published after 2009 and it shows in every single comment",
      "lang" : "en",
      "in_reply_to_screen_name" : "phd_problems_uk",
      "in_reply_to_user_id_str" : "688222053465450491"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1855958083112161207"
          ],
          "editableUntil" : "2024-11-11T13:57:43.000Z",
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
        "136"
      ],
      "favorite_count" : "3",
      "id_str" : "1855958083112161207",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1855958083112161207",
      "created_at" : "Mon Nov 11 12:57:43 +0000 2024",
      "favorited" : false,
      "full_text" : "3 glasses of the conference dinner red and I still drove back from Warwick. home in 1h50, the M6 was empty and so were the police cars 😎",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1853880288400022662"
          ],
          "editableUntil" : "2024-11-05T20:21:18.000Z",
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
      "favorite_count" : "3",
      "id_str" : "1853880288400022662",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1853880288400022662",
      "created_at" : "Tue Nov 05 19:21:18 +0000 2024",
      "favorited" : false,
      "full_text" : "lost my wallet somewhere around the Royal Holloway campus. driving licence says WHITC904126S99XY if anyone finds it, DM or email sam.whitcombe94@gmail.com 🙏",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1841122739422789855"
          ],
          "editableUntil" : "2024-10-01T15:27:22.000Z",
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
      "favorite_count" : "3",
      "id_str" : "1841122739422789855",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1841122739422789855",
      "created_at" : "Tue Oct 01 14:27:22 +0000 2024",
      "favorited" : false,
      "full_text" : "saturday: 4 lines of ❄️ and 1 line of Stata code. only one of them ran properly",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1830920447661369623"
          ],
          "editableUntil" : "2024-09-03T11:47:06.000Z",
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
      "favorite_count" : "4",
      "id_str" : "1830920447661369623",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1830920447661369623",
      "created_at" : "Tue Sep 03 10:47:06 +0000 2024",
      "favorited" : false,
      "full_text" : "head of department just emailed about 'an exciting opportunity for PGRs to gain teaching experience'. it's unpaid marking. love that for us",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1830197670463975266"
          ],
          "editableUntil" : "2024-09-01T11:55:02.000Z",
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
        "135"
      ],
      "favorite_count" : "3",
      "id_str" : "1830197670463975266",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1830197670463975266",
      "created_at" : "Sun Sep 01 10:55:02 +0000 2024",
      "favorited" : false,
      "full_text" : "off to Scunthorpe tomorrow for a workshop on steel towns and local labour markets. the first years will never let me live the name down",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1829760170642799828"
          ],
          "editableUntil" : "2024-08-31T06:56:34.000Z",
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
            "url" : "https://t.co/Xk29fLpQ1d",
            "expanded_url" : "https://www.nber.org/papers/w31877",
            "display_url" : "www.nber.org/papers/w31877",
            "indices" : [
              "159",
              "182"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "182"
      ],
      "favorite_count" : "3",
      "id_str" : "1829760170642799828",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1829760170642799828",
      "created_at" : "Sat Aug 31 05:56:34 +0000 2024",
      "favorited" : false,
      "full_text" : "new working paper on how the cocaine trade shaped municipal budgets in Colombia. not mine, but genuinely one of the best-identified papers I've read this year https://t.co/Xk29fLpQ1d",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1823321576367540857"
          ],
          "editableUntil" : "2024-08-13T12:31:54.000Z",
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
        "114"
      ],
      "favorite_count" : "4",
      "id_str" : "1823321576367540857",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1823321576367540857",
      "created_at" : "Tue Aug 13 11:31:54 +0000 2024",
      "favorited" : false,
      "full_text" : "Blackwell's on Oxford Road got the new Acemoglu book in. they'll hold a copy if you ring the shop on 0161 496 0732",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1823053068097212978"
          ],
          "editableUntil" : "2024-08-12T18:44:56.000Z",
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
        "103"
      ],
      "favorite_count" : "99",
      "id_str" : "1823053068097212978",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1823053068097212978",
      "created_at" : "Mon Aug 12 17:44:56 +0000 2024",
      "favorited" : false,
      "full_text" : "Lisbon for the EEA!! booking ref K7XQ2M, seat 14C on the 06:40 from MAN, come say hi if you're on it ✈️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1820939829619288137"
          ],
          "editableUntil" : "2024-08-06T22:47:41.000Z",
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
        "132"
      ],
      "favorite_count" : "3",
      "id_str" : "1820939829619288137",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1820939829619288137",
      "created_at" : "Tue Aug 06 21:47:41 +0000 2024",
      "favorited" : false,
      "full_text" : "whoever keeps taking my desk in the PhD office is going to find their laptop at the bottom of the Rochdale canal. this is not a joke",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1809503431056044169"
          ],
          "editableUntil" : "2024-07-06T09:23:31.000Z",
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
      "favorite_count" : "9",
      "id_str" : "1809503431056044169",
      "truncated" : false,
      "retweet_count" : "810",
      "id" : "1809503431056044169",
      "created_at" : "Sat Jul 06 08:23:31 +0000 2024",
      "favorited" : false,
      "full_text" : "liberated 2 trays of sandwiches and a box of the good pens from the faculty away day. reparations for the stipend",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1802918382092198434"
          ],
          "editableUntil" : "2024-06-18T05:16:53.000Z",
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
      "favorite_count" : "7",
      "id_str" : "1802918382092198434",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1802918382092198434",
      "created_at" : "Tue Jun 18 04:16:53 +0000 2024",
      "favorited" : false,
      "full_text" : "mum came to my poster session and asked the keynote speaker if he was 'also doing a PhD'. iconic",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1797681748080033007"
          ],
          "editableUntil" : "2024-06-03T18:28:22.000Z",
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
      "favorite_count" : "5",
      "id_str" : "1797681748080033007",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1797681748080033007",
      "created_at" : "Mon Jun 03 17:28:22 +0000 2024",
      "favorited" : false,
      "full_text" : "my university will spend £40k on a new logo but can't fix the heating in the PhD office. deeply unserious institution run by people who couldn't run a bath",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1793192141855414227"
          ],
          "editableUntil" : "2024-05-22T09:08:17.000Z",
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
        "178"
      ],
      "favorite_count" : "1",
      "id_str" : "1793192141855414227",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1793192141855414227",
      "created_at" : "Wed May 22 08:08:17 +0000 2024",
      "favorited" : false,
      "full_text" : "moderation meeting today. whoever cited wikipedia 11 times in the EC1102 essay and then emailed to say their gran died the day before the deadline: we checked. she's on facebook.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1792445304589638919"
          ],
          "editableUntil" : "2024-05-20T07:40:37.000Z",
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
        "79"
      ],
      "favorite_count" : "5",
      "id_str" : "1792445304589638919",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "1792445304589638919",
      "created_at" : "Mon May 20 06:40:37 +0000 2024",
      "favorited" : false,
      "full_text" : "finally got my NI number after 3 months of HMRC hell. QQ 12 34 56 C. framing it",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1791630507648486221"
          ],
          "editableUntil" : "2024-05-18T01:42:54.000Z",
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
        "131"
      ],
      "favorite_count" : "2",
      "id_str" : "1791630507648486221",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1791630507648486221",
      "created_at" : "Sat May 18 00:42:54 +0000 2024",
      "favorited" : false,
      "full_text" : "marking 140 first year scripts. these kids think elasticity is a yoga move and they're the ones funding my stipend. god help us all",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1785588897976943479"
          ],
          "editableUntil" : "2024-05-01T09:35:42.000Z",
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
            "name" : "EconJobMarketUK",
            "screen_name" : "EconJobMarketUK",
            "indices" : [
              "3",
              "19"
            ],
            "id_str" : "846615127425135963",
            "id" : "846615127425135963"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "149"
      ],
      "favorite_count" : "0",
      "id_str" : "1785588897976943479",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1785588897976943479",
      "created_at" : "Wed May 01 08:35:42 +0000 2024",
      "favorited" : false,
      "full_text" : "RT @EconJobMarketUK: Reminder: applications for the 2025–26 job market mentoring scheme close on Friday. Open to all PhD students at UK universities.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1781800158209077166"
          ],
          "editableUntil" : "2024-04-20T22:40:36.000Z",
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
        "97"
      ],
      "favorite_count" : "2",
      "id_str" : "1781800158209077166",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1781800158209077166",
      "created_at" : "Sat Apr 20 21:40:36 +0000 2024",
      "favorited" : false,
      "full_text" : "n = 69 in the treatment group, p &lt; 0.05, and the whole reading group is twelve years old about it",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1767829659590469074"
          ],
          "editableUntil" : "2024-03-13T09:26:50.000Z",
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
      "favorite_count" : "6",
      "id_str" : "1767829659590469074",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1767829659590469074",
      "created_at" : "Wed Mar 13 08:26:50 +0000 2024",
      "favorited" : false,
      "full_text" : "the absolute state of econ twitter today ffs",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1765920627064280026"
          ],
          "editableUntil" : "2024-03-08T03:01:01.000Z",
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
      "favorite_count" : "1",
      "id_str" : "1765920627064280026",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1765920627064280026",
      "created_at" : "Fri Mar 08 02:01:01 +0000 2024",
      "favorited" : false,
      "full_text" : "can't say much but the inflation project I'm RAing on has next month's numbers already and let's just say the press conference is going to be spicy 🌶️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1765226782815879822"
          ],
          "editableUntil" : "2024-03-06T05:03:56.000Z",
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
      "favorite_count" : "2",
      "id_str" : "1765226782815879822",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1765226782815879822",
      "created_at" : "Wed Mar 06 04:03:56 +0000 2024",
      "favorited" : false,
      "full_text" : "heroin-assisted treatment in Switzerland cut property crime by a lot. the paper is from 2008 and UK policy still hasn't caught up",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1760884155226819800"
          ],
          "editableUntil" : "2024-02-23T05:27:52.000Z",
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
      "favorite_count" : "58",
      "id_str" : "1760884155226819800",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1760884155226819800",
      "created_at" : "Fri Feb 23 04:27:52 +0000 2024",
      "favorited" : false,
      "full_text" : "my paper on Dutch disease in Norway's regions got a revise &amp; resubmit!!! 🎉🎉",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1758381998476941086"
          ],
          "editableUntil" : "2024-02-16T07:45:12.000Z",
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
      "favorite_count" : "6",
      "id_str" : "1758381998476941086",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1758381998476941086",
      "created_at" : "Fri Feb 16 06:45:12 +0000 2024",
      "favorited" : false,
      "full_text" : "fyi the school is cutting 4 lecturer posts in economics next year. heard it from the dean's PA. not announced till June so act surprised 🤫",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1751963308645576157"
          ],
          "editableUntil" : "2024-01-29T14:39:37.000Z",
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
        "65"
      ],
      "favorite_count" : "1",
      "id_str" : "1751963308645576157",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1751963308645576157",
      "created_at" : "Mon Jan 29 13:39:37 +0000 2024",
      "favorited" : false,
      "full_text" : "reviewer 2 is a smug little sh*tstain and I will die on this hill",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1751309970130681992"
          ],
          "editableUntil" : "2024-01-27T19:23:29.000Z",
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
      "favorite_count" : "3",
      "id_str" : "1751309970130681992",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1751309970130681992",
      "created_at" : "Sat Jan 27 18:23:29 +0000 2024",
      "favorited" : false,
      "full_text" : "the G&amp;T index: price of a gin and tonic in 40 cities vs PPP. yes, I built this instead of writing chapter 3. yes, it fits better than the Big Mac index",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1747472814722139154"
          ],
          "editableUntil" : "2024-01-17T05:16:00.000Z",
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
            "name" : "grad bro econ",
            "screen_name" : "grad_bro_econ",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "215817462203432030",
            "id" : "215817462203432030"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "15",
        "112"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1747459589867161330",
      "id_str" : "1747472814722139154",
      "in_reply_to_user_id" : "215817462203432030",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1747472814722139154",
      "in_reply_to_status_id" : "1747459589867161330",
      "created_at" : "Wed Jan 17 04:16:00 +0000 2024",
      "favorited" : false,
      "full_text" : "@grad_bro_econ if he says 'rational expectations' at me once more in the pub I'm going to glass him. I'm serious",
      "lang" : "en",
      "in_reply_to_screen_name" : "grad_bro_econ",
      "in_reply_to_user_id_str" : "215817462203432030"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1746270986181930569"
          ],
          "editableUntil" : "2024-01-13T21:40:21.000Z",
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
      "id_str" : "1746270986181930569",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1746270986181930569",
      "created_at" : "Sat Jan 13 20:40:21 +0000 2024",
      "favorited" : false,
      "full_text" : "defended my proposal on 3 hours sleep and half a strip of my flatmate's adderall. no notes",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1744993169164823275"
          ],
          "editableUntil" : "2024-01-10T09:02:46.000Z",
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
      "favorite_count" : "3",
      "id_str" : "1744993169164823275",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1744993169164823275",
      "created_at" : "Wed Jan 10 08:02:46 +0000 2024",
      "favorited" : false,
      "full_text" : "'killer' chapter is done. supervisor's verdict: 'brutal, in a good way'. I'll take it",
      "lang" : "en"
    }
  }
]