window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1979459879018715845"
          ],
          "editableUntil" : "2025-10-18T09:09:46.000Z",
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
      "favorite_count" : "8",
      "id_str" : "1979459879018715845",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1979459879018715845",
      "created_at" : "Sat Oct 18 08:09:46 +0000 2025",
      "favorited" : false,
      "full_text" : "rained the entire walk home. of course it did",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1976905138153883230"
          ],
          "editableUntil" : "2025-10-11T07:58:08.000Z",
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
      "favorite_count" : "8",
      "id_str" : "1976905138153883230",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1976905138153883230",
      "created_at" : "Sat Oct 11 06:58:08 +0000 2025",
      "favorited" : false,
      "full_text" : "flight LS1147 to Lanzarote delayed 3 hours. sat in Manchester T2 with a meal deal and zero patience",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1971307384453437626"
          ],
          "editableUntil" : "2025-09-25T21:14:40.000Z",
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
      "favorite_count" : "2",
      "id_str" : "1971307384453437626",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1971307384453437626",
      "created_at" : "Thu Sep 25 20:14:40 +0000 2025",
      "favorited" : false,
      "full_text" : "thinking about going back to uni for my masters in advanced practice. anyone done the ACP route, is it worth it?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1967029740645931984"
          ],
          "editableUntil" : "2025-09-14T01:56:50.000Z",
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
        "127"
      ],
      "favorite_count" : "0",
      "id_str" : "1967029740645931984",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1967029740645931984",
      "created_at" : "Sun Sep 14 00:56:50 +0000 2025",
      "favorited" : false,
      "full_text" : "guess who's back for the 4th time this month. Mr 'I only had two cans' from flat 6 above the chippy on Queen St 🙄 love ya Terry",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1962505909979065563"
          ],
          "editableUntil" : "2025-09-01T14:20:45.000Z",
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
        "16"
      ],
      "favorite_count" : "3",
      "id_str" : "1962505909979065563",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1962505909979065563",
      "created_at" : "Mon Sep 01 13:20:45 +0000 2025",
      "favorited" : false,
      "full_text" : "wtf is this rota",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1959092958257180236"
          ],
          "editableUntil" : "2025-08-23T04:18:54.000Z",
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
      "favorite_count" : "143",
      "id_str" : "1959092958257180236",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1959092958257180236",
      "created_at" : "Sat Aug 23 03:18:54 +0000 2025",
      "favorited" : false,
      "full_text" : "kidney stones are no joke. had a 6ft rugby lad in tears tonight. drink your water people",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1954089254692286414"
          ],
          "editableUntil" : "2025-08-09T08:55:58.000Z",
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
      "favorite_count" : "27",
      "id_str" : "1954089254692286414",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1954089254692286414",
      "created_at" : "Sat Aug 09 07:55:58 +0000 2025",
      "favorited" : false,
      "full_text" : "keyed the white Range Rover that's been parked in the staff bay for 3 weeks. no regrets",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1946397395884279211"
          ],
          "editableUntil" : "2025-07-19T03:31:16.000Z",
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
      "favorite_count" : "2",
      "id_str" : "1946397395884279211",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1946397395884279211",
      "created_at" : "Sat Jul 19 02:31:16 +0000 2025",
      "favorited" : false,
      "full_text" : "hot flushes on a night shift in a 28 degree ward. menopause + NHS heating &gt; any sauna 🔥🔥🔥",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1944140680814971201"
          ],
          "editableUntil" : "2025-07-12T22:03:53.000Z",
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
      "favorite_count" : "0",
      "id_str" : "1944140680814971201",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1944140680814971201",
      "created_at" : "Sat Jul 12 21:03:53 +0000 2025",
      "favorited" : false,
      "full_text" : "Night shift pays the bills but my OF pays for the holidays 😘 nurses do it better, link in bio 🔞💉",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1940643573328759882"
          ],
          "editableUntil" : "2025-07-03T06:27:37.000Z",
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
      "favorite_count" : "0",
      "id_str" : "1940643573328759882",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1940643573328759882",
      "created_at" : "Thu Jul 03 05:27:37 +0000 2025",
      "favorited" : false,
      "full_text" : "pay review letters were left on the printer and Gemma's gone straight to the top of band 5 after 8 months. 8 MONTHS. I've been here 6 years",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1936569162693330326"
          ],
          "editableUntil" : "2025-06-22T00:37:22.000Z",
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
      "favorite_count" : "1",
      "id_str" : "1936569162693330326",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1936569162693330326",
      "created_at" : "Sat Jun 21 23:37:22 +0000 2025",
      "favorited" : false,
      "full_text" : "If bed 14's son grabs my wrist ONE more time I swear down he'll be the one needing a bed",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1933924489700048555"
          ],
          "editableUntil" : "2025-06-14T17:28:23.000Z",
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
      "favorite_count" : "0",
      "id_str" : "1933924489700048555",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1933924489700048555",
      "created_at" : "Sat Jun 14 16:28:23 +0000 2025",
      "favorited" : false,
      "full_text" : "my 9 year old told her teacher she wants to be a nurse like mummy and I don't know whether to be proud or warn her",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1931635449871859208"
          ],
          "editableUntil" : "2025-06-08T09:52:33.000Z",
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
        "61"
      ],
      "favorite_count" : "27",
      "id_str" : "1931635449871859208",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1931635449871859208",
      "created_at" : "Sun Jun 08 08:52:33 +0000 2025",
      "favorited" : false,
      "full_text" : "edibles after nights are a game changer. sleep like a baby 🍃🍪",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1926130883923258863"
          ],
          "editableUntil" : "2025-05-24T05:19:23.000Z",
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
      "favorite_count" : "3",
      "id_str" : "1926130883923258863",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1926130883923258863",
      "created_at" : "Sat May 24 04:19:23 +0000 2025",
      "favorited" : false,
      "full_text" : "nothing like a 4am flirt with the porter in the lift 🍆😂 he knows exactly what he's doing",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1923081663334352929"
          ],
          "editableUntil" : "2025-05-15T19:22:52.000Z",
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
      "favorite_count" : "143",
      "id_str" : "1923081663334352929",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1923081663334352929",
      "created_at" : "Thu May 15 18:22:52 +0000 2025",
      "favorited" : false,
      "full_text" : "absolutely killed it mentoring today, both my students passed their OSCEs 🎉",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1918477122969717166"
          ],
          "editableUntil" : "2025-05-03T02:26:04.000Z",
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
        "95"
      ],
      "favorite_count" : "2",
      "id_str" : "1918477122969717166",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1918477122969717166",
      "created_at" : "Sat May 03 01:26:04 +0000 2025",
      "favorited" : false,
      "full_text" : "you can always tell which ones are from the Harrowfield estate before you even open the notes 🙄",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1916508168350177227"
          ],
          "editableUntil" : "2025-04-27T16:02:08.000Z",
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
      "favorite_count" : "5",
      "id_str" : "1916508168350177227",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1916508168350177227",
      "created_at" : "Sun Apr 27 15:02:08 +0000 2025",
      "favorited" : false,
      "full_text" : "meal prep sunday. 4 portions of chilli, 4 of curry, zero motivation",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1913544979179684987"
          ],
          "editableUntil" : "2025-04-19T11:47:29.000Z",
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
            "name" : "Millie ✨",
            "screen_name" : "nhsmillie_",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "9385076132",
            "id" : "9385076132"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "12",
        "55"
      ],
      "favorite_count" : "8",
      "in_reply_to_status_id_str" : "1913505721531924930",
      "id_str" : "1913544979179684987",
      "in_reply_to_user_id" : "9385076132",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1913544979179684987",
      "in_reply_to_status_id" : "1913505721531924930",
      "created_at" : "Sat Apr 19 10:47:29 +0000 2025",
      "favorited" : false,
      "full_text" : "@nhsmillie_ I literally snorted tea out my nose at that",
      "lang" : "en",
      "in_reply_to_screen_name" : "nhsmillie_",
      "in_reply_to_user_id_str" : "9385076132"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1908727575137554205"
          ],
          "editableUntil" : "2025-04-06T04:44:51.000Z",
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
      "favorite_count" : "3",
      "id_str" : "1908727575137554205",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1908727575137554205",
      "created_at" : "Sun Apr 06 03:44:51 +0000 2025",
      "favorited" : false,
      "full_text" : "WHO TAKES THE LAST CLEAN PILLOW AND DOESN'T TELL ANYONE. WHO. F*CKING. DOES. THAT",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1905947216962433437"
          ],
          "editableUntil" : "2025-03-29T12:36:41.000Z",
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
            "name" : "Millie ✨",
            "screen_name" : "nhsmillie_",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "9385076132",
            "id" : "9385076132"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "12",
        "75"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1905935637824607228",
      "id_str" : "1905947216962433437",
      "in_reply_to_user_id" : "9385076132",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1905947216962433437",
      "in_reply_to_status_id" : "1905935637824607228",
      "created_at" : "Sat Mar 29 11:36:41 +0000 2025",
      "favorited" : false,
      "full_text" : "@nhsmillie_ congrats on the new job!! going to miss you on nights so much x",
      "lang" : "en",
      "in_reply_to_screen_name" : "nhsmillie_",
      "in_reply_to_user_id_str" : "9385076132"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1901534349936147173"
          ],
          "editableUntil" : "2025-03-17T08:21:32.000Z",
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
      "favorite_count" : "143",
      "id_str" : "1901534349936147173",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1901534349936147173",
      "created_at" : "Mon Mar 17 07:21:32 +0000 2025",
      "favorited" : false,
      "full_text" : "still absolutely hanging from saturday and I'm on a long day. if anyone smells tequila in bay 4 no they didn't",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1897256293269864056"
          ],
          "editableUntil" : "2025-03-05T13:02:04.000Z",
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
            "name" : "Sam",
            "screen_name" : "sam_the_hca",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "892173027077691215",
            "id" : "892173027077691215"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "13",
        "122"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1897243206082544459",
      "id_str" : "1897256293269864056",
      "in_reply_to_user_id" : "892173027077691215",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1897256293269864056",
      "in_reply_to_status_id" : "1897243206082544459",
      "created_at" : "Wed Mar 05 12:02:04 +0000 2025",
      "favorited" : false,
      "full_text" : "@sam_the_hca that consultant on the ward round was such a c*nt to the student today. some of them really think they're god",
      "lang" : "en",
      "in_reply_to_screen_name" : "sam_the_hca",
      "in_reply_to_user_id_str" : "892173027077691215"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1895229546707415365"
          ],
          "editableUntil" : "2025-02-27T22:48:30.000Z",
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
      "favorite_count" : "8",
      "id_str" : "1895229546707415365",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1895229546707415365",
      "created_at" : "Thu Feb 27 21:48:30 +0000 2025",
      "favorited" : false,
      "full_text" : "some lad called me a stuck up bitch in the car park because I told him visiting was over. let his tyres down on the way out. karma babe",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1888440647026351176"
          ],
          "editableUntil" : "2025-02-09T05:11:50.000Z",
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
      "favorite_count" : "143",
      "id_str" : "1888440647026351176",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1888440647026351176",
      "created_at" : "Sun Feb 09 04:11:50 +0000 2025",
      "favorited" : false,
      "full_text" : "matron's idea of staff wellbeing is 2 dominos between 40 of us at 4am ffs",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1885971775819472873"
          ],
          "editableUntil" : "2025-02-02T09:41:25.000Z",
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
      "favorite_count" : "12",
      "id_str" : "1885971775819472873",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1885971775819472873",
      "created_at" : "Sun Feb 02 08:41:25 +0000 2025",
      "favorited" : false,
      "full_text" : "great tit on the bird feeder this morning when I got in from nights. first one this year, made my day 🐦",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1885005120220820195"
          ],
          "editableUntil" : "2025-01-30T17:40:17.000Z",
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
      "favorite_count" : "64",
      "id_str" : "1885005120220820195",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1885005120220820195",
      "created_at" : "Thu Jan 30 16:40:17 +0000 2025",
      "favorited" : false,
      "full_text" : "FLIGHTS BOOKED!! ref QK7M2P if anyone fancies stowing away lol. Manchester to Tenerife 14th June, 7 nights, 0 patients 🌴",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1881953299186272681"
          ],
          "editableUntil" : "2025-01-22T07:33:26.000Z",
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
      "favorite_count" : "0",
      "id_str" : "1881953299186272681",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1881953299186272681",
      "created_at" : "Wed Jan 22 06:33:26 +0000 2025",
      "favorited" : false,
      "full_text" : "Heard from someone in HR that they're cutting band 6 posts on surgical in April. Nobody's been told. Classy as ever",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1878566620747675477"
          ],
          "editableUntil" : "2025-01-12T23:15:59.000Z",
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
      "favorite_count" : "1",
      "id_str" : "1878566620747675477",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1878566620747675477",
      "created_at" : "Sun Jan 12 22:15:59 +0000 2025",
      "favorited" : false,
      "full_text" : "Dorothy in side room 3 on ward 22 turned 104 today and still asks for her sherry every night at 10 on the dot. Dorothy you are an icon 🥂",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1874245174700582963"
          ],
          "editableUntil" : "2025-01-01T01:04:06.000Z",
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
      "favorite_count" : "64",
      "id_str" : "1874245174700582963",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1874245174700582963",
      "created_at" : "Wed Jan 01 00:04:06 +0000 2025",
      "favorited" : false,
      "full_text" : "listening to the bongs on the radio while doing obs on 12 patients. happy new year from ward 8 🎆",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1873082805352171283"
          ],
          "editableUntil" : "2024-12-28T20:05:15.000Z",
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
      "favorite_count" : "27",
      "id_str" : "1873082805352171283",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1873082805352171283",
      "created_at" : "Sat Dec 28 19:05:15 +0000 2024",
      "favorited" : false,
      "full_text" : "Dick Whittington at the Grand with the kids tonight. OH NO IT ISN'T",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1870285348356321796"
          ],
          "editableUntil" : "2024-12-21T02:49:09.000Z",
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
      "favorite_count" : "5",
      "id_str" : "1870285348356321796",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1870285348356321796",
      "created_at" : "Sat Dec 21 01:49:09 +0000 2024",
      "favorited" : false,
      "full_text" : "drove home after the leaving do, probably shouldn't have, 4 pints of madri and a jäger but the roads were dead lol",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1868081284405897426"
          ],
          "editableUntil" : "2024-12-15T00:51:00.000Z",
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
      "favorite_count" : "5",
      "id_str" : "1868081284405897426",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1868081284405897426",
      "created_at" : "Sat Dec 14 23:51:00 +0000 2024",
      "favorited" : false,
      "full_text" : "murder mystery night for the ward christmas do. I was the vicar. I did it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1865694873020446117"
          ],
          "editableUntil" : "2024-12-08T10:48:15.000Z",
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
      "favorite_count" : "3",
      "id_str" : "1865694873020446117",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1865694873020446117",
      "created_at" : "Sun Dec 08 09:48:15 +0000 2024",
      "favorited" : false,
      "full_text" : "Popped one of the oramorphs that was getting wasted anyway. Best sleep I've had in months tbh",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1858415387508518135"
          ],
          "editableUntil" : "2024-11-18T08:42:10.000Z",
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
            "name" : "Jess 🩺",
            "screen_name" : "agencynursejess",
            "indices" : [
              "3",
              "19"
            ],
            "id_str" : "1366176356366442907",
            "id" : "1366176356366442907"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "139"
      ],
      "favorite_count" : "0",
      "id_str" : "1858415387508518135",
      "truncated" : false,
      "retweet_count" : "230",
      "id" : "1858415387508518135",
      "created_at" : "Mon Nov 18 07:42:10 +0000 2024",
      "favorited" : false,
      "full_text" : "RT @agencynursejess: management thanked us for our \"resilience\" after cancelling all December leave. translation: we won't pay agency rates",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1852546209232198511"
          ],
          "editableUntil" : "2024-11-02T04:00:09.000Z",
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
      "favorite_count" : "5",
      "id_str" : "1852546209232198511",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1852546209232198511",
      "created_at" : "Sat Nov 02 03:00:09 +0000 2024",
      "favorited" : false,
      "full_text" : "3am thirst trap in my best scrubs, this is when I'm at my most flirty 🫦 DMs open if you're on nights too",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1848415663153245283"
          ],
          "editableUntil" : "2024-10-21T18:26:50.000Z",
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
      "favorite_count" : "8",
      "id_str" : "1848415663153245283",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1848415663153245283",
      "created_at" : "Mon Oct 21 17:26:50 +0000 2024",
      "favorited" : false,
      "full_text" : "my shifts this week: mon tue wed nights. kids home alone from 3.30 till 6 on tue because after school club's shut 😬 they're 11 and 9 they'll be fine right",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1845707373935936918"
          ],
          "editableUntil" : "2024-10-14T07:05:04.000Z",
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
        "95"
      ],
      "favorite_count" : "8",
      "id_str" : "1845707373935936918",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1845707373935936918",
      "created_at" : "Mon Oct 14 06:05:04 +0000 2024",
      "favorited" : false,
      "full_text" : "CD check done with the night coordinator and every single count was right for once 🙌 small wins",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1842399957422755686"
          ],
          "editableUntil" : "2024-10-05T04:02:34.000Z",
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
      "favorite_count" : "2",
      "id_str" : "1842399957422755686",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1842399957422755686",
      "created_at" : "Sat Oct 05 03:02:34 +0000 2024",
      "favorited" : false,
      "full_text" : "Another agency nurse tonight whose English I genuinely could not follow. Handover took 40 mins. Can we please just get ones from round here",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1841138576868975416"
          ],
          "editableUntil" : "2024-10-01T16:30:18.000Z",
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
      "favorite_count" : "143",
      "id_str" : "1841138576868975416",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1841138576868975416",
      "created_at" : "Tue Oct 01 15:30:18 +0000 2024",
      "favorited" : false,
      "full_text" : "shots shots shots 💉💉💉 staff flu jab clinic is open till 8pm in the education centre, go get it done",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1840219309797271524"
          ],
          "editableUntil" : "2024-09-29T03:37:27.000Z",
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
      "favorite_count" : "12",
      "id_str" : "1840219309797271524",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1840219309797271524",
      "created_at" : "Sun Sep 29 02:37:27 +0000 2024",
      "favorited" : false,
      "full_text" : "Very famous local footballer in resus tonight. Can't say who but he plays up front for the lot in red and that is NOT a hamstring like the club told the papers 👀",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1836607987265024650"
          ],
          "editableUntil" : "2024-09-19T04:27:21.000Z",
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
            "name" : "night owl RN 🦉",
            "screen_name" : "nightowl_rn",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "1156716172443366728",
            "id" : "1156716172443366728"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "118"
      ],
      "favorite_count" : "0",
      "id_str" : "1836607987265024650",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1836607987265024650",
      "created_at" : "Thu Sep 19 03:27:21 +0000 2024",
      "favorited" : false,
      "full_text" : "RT @nightowl_rn: code blue, code red, code brown. nights have a code for everything except where the ward stapler went",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1835207955219472302"
          ],
          "editableUntil" : "2024-09-15T07:44:07.000Z",
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
      "id_str" : "1835207955219472302",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1835207955219472302",
      "created_at" : "Sun Sep 15 06:44:07 +0000 2024",
      "favorited" : false,
      "full_text" : "told the HCA I'll be in bed with two men all day tomorrow. Ben and Jerry 🍦",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1831259816654444875"
          ],
          "editableUntil" : "2024-09-04T10:15:38.000Z",
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
      "favorite_count" : "143",
      "id_str" : "1831259816654444875",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1831259816654444875",
      "created_at" : "Wed Sep 04 09:15:38 +0000 2024",
      "favorited" : false,
      "full_text" : "Rota sorted finally!! Kids at St Aidan's breakfast club from 7.30, my mum grabs them at 3.15 and walks them back to ours, I'm asleep by 9. only took 3 months",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1829715274082012343"
          ],
          "editableUntil" : "2024-08-31T03:58:10.000Z",
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
      "favorite_count" : "2",
      "id_str" : "1829715274082012343",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1829715274082012343",
      "created_at" : "Sat Aug 31 02:58:10 +0000 2024",
      "favorited" : false,
      "full_text" : "the new cardio reg is unreasonably fit. he can take my bloods any day 🥵💦",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1823598078075023540"
          ],
          "editableUntil" : "2024-08-14T06:50:37.000Z",
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
      "favorite_count" : "2",
      "id_str" : "1823598078075023540",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1823598078075023540",
      "created_at" : "Wed Aug 14 05:50:37 +0000 2024",
      "favorited" : false,
      "full_text" : "hot take but male nurses should stick to A&amp;E and theatres, on a ward where you actually need to care they're useless",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1819245715655272051"
          ],
          "editableUntil" : "2024-08-02T06:35:53.000Z",
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
      "favorite_count" : "27",
      "id_str" : "1819245715655272051",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1819245715655272051",
      "created_at" : "Fri Aug 02 05:35:53 +0000 2024",
      "favorited" : false,
      "full_text" : "Our new HCA is from Kerala and honestly the best thing to happen to nights in years. Taught us all how to make proper chai ☕",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1817979875723391256"
          ],
          "editableUntil" : "2024-07-29T18:45:53.000Z",
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
      "id_str" : "1817979875723391256",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1817979875723391256",
      "created_at" : "Mon Jul 29 17:45:53 +0000 2024",
      "favorited" : false,
      "full_text" : "PASSED my IV cannulation competency!! 2 years later than planned but we got there",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1814578810825162221"
          ],
          "editableUntil" : "2024-07-20T09:31:16.000Z",
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
      "id_str" : "1814578810825162221",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1814578810825162221",
      "created_at" : "Sat Jul 20 08:31:16 +0000 2024",
      "favorited" : false,
      "full_text" : "got pulled over at 8am doing 58 in a 30 on the way home, told him I was a nurse coming off nights and he let me go with a warning. never not using that again 😂",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1809530732304919058"
          ],
          "editableUntil" : "2024-07-06T11:12:00.000Z",
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
      "favorite_count" : "0",
      "id_str" : "1809530732304919058",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1809530732304919058",
      "created_at" : "Sat Jul 06 10:12:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Off to Penistone for my nan's 90th. Yes it's a real place. Yes I've heard every joke",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1806149111387482348"
          ],
          "editableUntil" : "2024-06-27T03:14:39.000Z",
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
      "favorite_count" : "12",
      "id_str" : "1806149111387482348",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1806149111387482348",
      "created_at" : "Thu Jun 27 02:14:39 +0000 2024",
      "favorited" : false,
      "full_text" : "Just found out the trust spent £40k on a new logo. We have 2 working obs machines for 28 beds. Love that for us",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1802207629370591382"
          ],
          "editableUntil" : "2024-06-16T06:12:36.000Z",
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
      "favorite_count" : "0",
      "id_str" : "1802207629370591382",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1802207629370591382",
      "created_at" : "Sun Jun 16 05:12:36 +0000 2024",
      "favorited" : false,
      "full_text" : "anyone else's body clock completely broken switching back to days? ate a full roast dinner at 5am",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1797222720979441829"
          ],
          "editableUntil" : "2024-06-02T12:04:22.000Z",
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
      "favorite_count" : "143",
      "id_str" : "1797222720979441829",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1797222720979441829",
      "created_at" : "Sun Jun 02 11:04:22 +0000 2024",
      "favorited" : false,
      "full_text" : "4 nights done -&gt; 2 bottles of prosecco deep at 11am and I regret nothing 🥂🥂",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1795548169065909118"
          ],
          "editableUntil" : "2024-05-28T21:10:17.000Z",
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
      "favorite_count" : "27",
      "id_str" : "1795548169065909118",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1795548169065909118",
      "created_at" : "Tue May 28 20:10:17 +0000 2024",
      "favorited" : false,
      "full_text" : "Discharged a lovely lady home today after 7 weeks with us. She hugged every single one of us on the way out. These are the days you remember",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1789372991784881356"
          ],
          "editableUntil" : "2024-05-11T20:12:20.000Z",
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
      "favorite_count" : "64",
      "id_str" : "1789372991784881356",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1789372991784881356",
      "created_at" : "Sat May 11 19:12:20 +0000 2024",
      "favorited" : false,
      "full_text" : "lmfao the bank shift app crashed again. shit software for a shit trust",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1786951696043392813"
          ],
          "editableUntil" : "2024-05-05T03:50:58.000Z",
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
            "name" : "Sister Bev",
            "screen_name" : "wardsisterbev",
            "indices" : [
              "3",
              "17"
            ],
            "id_str" : "6281635751",
            "id" : "6281635751"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "100"
      ],
      "favorite_count" : "0",
      "id_str" : "1786951696043392813",
      "truncated" : false,
      "retweet_count" : "230",
      "id" : "1786951696043392813",
      "created_at" : "Sun May 05 02:50:58 +0000 2024",
      "favorited" : false,
      "full_text" : "RT @wardsisterbev: Reminder that your break is not optional. Eat the toast. Drink the tea. Sit down.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1782411119286857966"
          ],
          "editableUntil" : "2024-04-22T15:08:21.000Z",
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
      "id_str" : "1782411119286857966",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1782411119286857966",
      "created_at" : "Mon Apr 22 14:08:21 +0000 2024",
      "favorited" : false,
      "full_text" : "Anyone local selling a cot? Text me on 07700 900412 or just pop round, I'm at 27 Larch Close, the one with the blue door",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1778997223527991827"
          ],
          "editableUntil" : "2024-04-13T05:02:44.000Z",
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
        "34"
      ],
      "favorite_count" : "143",
      "id_str" : "1778997223527991827",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1778997223527991827",
      "created_at" : "Sat Apr 13 04:02:44 +0000 2024",
      "favorited" : false,
      "full_text" : "pot noodle at 4am is a human right",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1771814330532638436"
          ],
          "editableUntil" : "2024-03-24T09:20:29.000Z",
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
        "80"
      ],
      "favorite_count" : "0",
      "id_str" : "1771814330532638436",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1771814330532638436",
      "created_at" : "Sun Mar 24 08:20:29 +0000 2024",
      "favorited" : false,
      "full_text" : "four nights done. goodnight everyone. good morning everyone. whatever time it is",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1766275354856351199"
          ],
          "editableUntil" : "2024-03-09T02:30:35.000Z",
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
      "favorite_count" : "27",
      "id_str" : "1766275354856351199",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1766275354856351199",
      "created_at" : "Sat Mar 09 01:30:35 +0000 2024",
      "favorited" : false,
      "full_text" : "canteen did rum baba tonight and there was zero rum in it. actual crime",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1757988144952193660"
          ],
          "editableUntil" : "2024-02-15T05:40:10.000Z",
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
      "favorite_count" : "3",
      "id_str" : "1757988144952193660",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1757988144952193660",
      "created_at" : "Thu Feb 15 04:40:10 +0000 2024",
      "favorited" : false,
      "full_text" : "patients over 85 shouldn't be getting ITU beds when we're this short. there, I said it",
      "lang" : "en"
    }
  }
]