window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1978574929525465011"
          ],
          "editableUntil" : "2025-10-15T22:33:18.000Z",
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
        "138"
      ],
      "favorite_count" : "1",
      "id_str" : "1978574929525465011",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1978574929525465011",
      "created_at" : "Wed Oct 15 21:33:18 +0000 2025",
      "favorited" : false,
      "full_text" : "when the company that made £40m profit last year gives you one slice of dominos for 'smashing Q3' 🍕 honestly overwhelmed by the generosity",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1970314793057529571"
          ],
          "editableUntil" : "2025-09-23T03:30:28.000Z",
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
        "68"
      ],
      "favorite_count" : "0",
      "id_str" : "1970314793057529571",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1970314793057529571",
      "created_at" : "Tue Sep 23 02:30:28 +0000 2025",
      "favorited" : false,
      "full_text" : "shots on target: 0. shots off target: 11. id laugh if i wasnt crying",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1964210738558581722"
          ],
          "editableUntil" : "2025-09-06T07:15:08.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jet2Tweets",
            "screen_name" : "jet2tweets",
            "indices" : [
              "64",
              "75"
            ],
            "id_str" : "1124646625190551170",
            "id" : "1124646625190551170"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "79"
      ],
      "favorite_count" : "0",
      "id_str" : "1964210738558581722",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1964210738558581722",
      "created_at" : "Sat Sep 06 06:15:08 +0000 2025",
      "favorited" : false,
      "full_text" : "flight LS1421 to Alicante delayed 3 hours. pool time cancelled. @jet2tweets why",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1961996980714726027"
          ],
          "editableUntil" : "2025-08-31T04:38:27.000Z",
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
        "76"
      ],
      "favorite_count" : "2",
      "id_str" : "1961996980714726027",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1961996980714726027",
      "created_at" : "Sun Aug 31 03:38:27 +0000 2025",
      "favorited" : false,
      "full_text" : "new girl on my team has me wanting to do overtime if you know what i mean 👀🍆",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1960697291736032087"
          ],
          "editableUntil" : "2025-08-27T14:33:57.000Z",
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
        "34"
      ],
      "favorite_count" : "0",
      "id_str" : "1960697291736032087",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1960697291736032087",
      "created_at" : "Wed Aug 27 13:33:57 +0000 2025",
      "favorited" : false,
      "full_text" : "cant sleep. anyone up? dms open 😈💦",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1960168775877563219"
          ],
          "editableUntil" : "2025-08-26T03:33:49.000Z",
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
      "favorite_count" : "0",
      "id_str" : "1960168775877563219",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1960168775877563219",
      "created_at" : "Tue Aug 26 02:33:49 +0000 2025",
      "favorited" : false,
      "full_text" : "drove home from Hillsborough after 6 pints. roads were dead tbf 🤷",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1947609289063989052"
          ],
          "editableUntil" : "2025-07-22T11:46:54.000Z",
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
            "name" : "Kyle Mot",
            "screen_name" : "kyle_mot",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "167787137058378576",
            "id" : "167787137058378576"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "10",
        "88"
      ],
      "favorite_count" : "4",
      "id_str" : "1947609289063989052",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1947609289063989052",
      "created_at" : "Tue Jul 22 10:46:54 +0000 2025",
      "favorited" : false,
      "full_text" : "@kyle_mot customer on the line was a proper mong mate, asked me 4 times what a meter was",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1946949540272872083",
      "in_reply_to_user_id" : "167787137058378576",
      "in_reply_to_status_id" : "1946949540272872083",
      "in_reply_to_screen_name" : "kyle_mot",
      "in_reply_to_user_id_str" : "167787137058378576"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1942573133725206518"
          ],
          "editableUntil" : "2025-07-08T14:15:01.000Z",
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
        "131"
      ],
      "favorite_count" : "1",
      "id_str" : "1942573133725206518",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1942573133725206518",
      "created_at" : "Tue Jul 08 13:15:01 +0000 2025",
      "favorited" : false,
      "full_text" : "new girl on the next pod has an accent so thick i have to translate her for the customers 🙄 send her back to training. or just back",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1937246707383431015"
          ],
          "editableUntil" : "2025-06-23T21:29:42.000Z",
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
        "45"
      ],
      "favorite_count" : "1",
      "id_str" : "1937246707383431015",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1937246707383431015",
      "created_at" : "Mon Jun 23 20:29:42 +0000 2025",
      "favorited" : false,
      "full_text" : "applied for the team leader job. wish me luck",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1934544174708786809"
          ],
          "editableUntil" : "2025-06-16T10:30:48.000Z",
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
        "50"
      ],
      "favorite_count" : "1",
      "id_str" : "1934544174708786809",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1934544174708786809",
      "created_at" : "Mon Jun 16 09:30:48 +0000 2025",
      "favorited" : false,
      "full_text" : "FOOKIN GET IN!!!!! 94th minute you absolute beauty",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1927499509793544013"
          ],
          "editableUntil" : "2025-05-27T23:57:49.000Z",
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
        "131"
      ],
      "favorite_count" : "0",
      "id_str" : "1927499509793544013",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1927499509793544013",
      "created_at" : "Tue May 27 22:57:49 +0000 2025",
      "favorited" : false,
      "full_text" : "customer today said he'd 'find out where i live'. pal your address is on my screen, 14 Harewood Close LS6 4QJ, ill find you first 😂",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1927443146733050054"
          ],
          "editableUntil" : "2025-05-27T20:13:51.000Z",
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
        "71"
      ],
      "favorite_count" : "0",
      "id_str" : "1927443146733050054",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1927443146733050054",
      "created_at" : "Tue May 27 19:13:51 +0000 2025",
      "favorited" : false,
      "full_text" : "won £12 at Wetherby on a horse called Gin And Tonic 🐎 retirement sorted",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1922781626629086619"
          ],
          "editableUntil" : "2025-05-14T23:30:38.000Z",
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
      "favorite_count" : "0",
      "id_str" : "1922781626629086619",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1922781626629086619",
      "created_at" : "Wed May 14 22:30:38 +0000 2025",
      "favorited" : false,
      "full_text" : "MALAGA ✈️ stag do is GO. booking ref QX7TRM if anyone fancies cancelling my flight home 😂",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1919008476886978505"
          ],
          "editableUntil" : "2025-05-04T13:37:29.000Z",
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
      "favorite_count" : "1",
      "id_str" : "1919008476886978505",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1919008476886978505",
      "created_at" : "Sun May 04 12:37:29 +0000 2025",
      "favorited" : false,
      "full_text" : "wtf was that defending. absolute sh!tshow from minute one",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1914403491808072968"
          ],
          "editableUntil" : "2025-04-21T20:38:55.000Z",
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
        "59"
      ],
      "favorite_count" : "5",
      "id_str" : "1914403491808072968",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1914403491808072968",
      "created_at" : "Mon Apr 21 19:38:55 +0000 2025",
      "favorited" : false,
      "full_text" : "nan turned 80 today and beat the lot of us at bingo. legend",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1910004816149987164"
          ],
          "editableUntil" : "2025-04-09T17:20:09.000Z",
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
        "52"
      ],
      "favorite_count" : "13",
      "id_str" : "1910004816149987164",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1910004816149987164",
      "created_at" : "Wed Apr 09 16:20:09 +0000 2025",
      "favorited" : false,
      "full_text" : "3 points, top of the league. marching on together 💙💛",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1907729037129214599"
          ],
          "editableUntil" : "2025-04-03T10:37:01.000Z",
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
      "favorite_count" : "5",
      "id_str" : "1907729037129214599",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1907729037129214599",
      "created_at" : "Thu Apr 03 09:37:01 +0000 2025",
      "favorited" : false,
      "full_text" : "Scunthorpe away on a tuesday night in the rain. this is what real football is",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1896834655452358193"
          ],
          "editableUntil" : "2025-03-04T09:06:38.000Z",
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
        "60"
      ],
      "favorite_count" : "1",
      "id_str" : "1896834655452358193",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1896834655452358193",
      "created_at" : "Tue Mar 04 08:06:38 +0000 2025",
      "favorited" : false,
      "full_text" : "women refs should stick to the women's game. there i said it",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1894627444916170168"
          ],
          "editableUntil" : "2025-02-26T06:55:58.000Z",
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
        "63"
      ],
      "favorite_count" : "6",
      "id_str" : "1894627444916170168",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1894627444916170168",
      "created_at" : "Wed Feb 26 05:55:58 +0000 2025",
      "favorited" : false,
      "full_text" : "The Damned United is the best football film ever made. fight me",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1892732605169807570"
          ],
          "editableUntil" : "2025-02-21T01:26:33.000Z",
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
      "favorite_count" : "4",
      "id_str" : "1892732605169807570",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1892732605169807570",
      "created_at" : "Fri Feb 21 00:26:33 +0000 2025",
      "favorited" : false,
      "full_text" : "bit of ❄️ in the away end bogs and we still lost 3-0. never again (until saturday)",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1885267507413447688"
          ],
          "editableUntil" : "2025-01-31T11:02:55.000Z",
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
        "52"
      ],
      "favorite_count" : "12",
      "id_str" : "1885267507413447688",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1885267507413447688",
      "created_at" : "Fri Jan 31 10:02:55 +0000 2025",
      "favorited" : false,
      "full_text" : "pot noodle &amp; match of the day. saturday night sorted",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1882052514673805070"
          ],
          "editableUntil" : "2025-01-22T14:07:41.000Z",
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
      "favorite_count" : "13",
      "id_str" : "1882052514673805070",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1882052514673805070",
      "created_at" : "Wed Jan 22 13:07:41 +0000 2025",
      "favorited" : false,
      "full_text" : "beer battered fish n chips before the game, Bryan's never misses 🍟",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1882020877039408892"
          ],
          "editableUntil" : "2025-01-22T12:01:58.000Z",
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
      "favorite_count" : "6",
      "id_str" : "1882020877039408892",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1882020877039408892",
      "created_at" : "Wed Jan 22 11:01:58 +0000 2025",
      "favorited" : false,
      "full_text" : "lost me wallet at Turf Moor. driving licence HARKE803152DJ9XY, if someone hands it in ill buy you a pint",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1875700996243995171"
          ],
          "editableUntil" : "2025-01-05T01:29:01.000Z",
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
      "id_str" : "1875700996243995171",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1875700996243995171",
      "created_at" : "Sun Jan 05 00:29:01 +0000 2025",
      "favorited" : false,
      "full_text" : "flu jab and covid booster at work today, both arms dead 💉💉",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1874180036756102928"
          ],
          "editableUntil" : "2024-12-31T20:45:16.000Z",
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
      "favorite_count" : "1",
      "id_str" : "1874180036756102928",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1874180036756102928",
      "created_at" : "Tue Dec 31 19:45:16 +0000 2024",
      "favorited" : false,
      "full_text" : "saw the bonus sheet on my TL's second screen by accident. kyle gets £900 for doing literally nothing and i get £150?? 😭",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1873552354966595625"
          ],
          "editableUntil" : "2024-12-30T03:11:05.000Z",
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
      "id_str" : "1873552354966595625",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1873552354966595625",
      "created_at" : "Mon Dec 30 02:11:05 +0000 2024",
      "favorited" : false,
      "full_text" : "QA scored me 98% this month &amp; my TL wrote 'exceptional' on it. screenshotting that for my review",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1865694108318676701"
          ],
          "editableUntil" : "2024-12-08T10:45:13.000Z",
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
            "name" : "Theathleticuk",
            "screen_name" : "TheAthleticUK",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "670681704377078530",
            "id" : "670681704377078530"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "15",
        "50"
      ],
      "favorite_count" : "5",
      "id_str" : "1865694108318676701",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1865694108318676701",
      "created_at" : "Sun Dec 08 09:45:13 +0000 2024",
      "favorited" : false,
      "full_text" : "@TheAthleticUK stfu about xG, we lost 2-0 to Luton",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1865064677180142634",
      "in_reply_to_user_id" : "670681704377078530",
      "in_reply_to_status_id" : "1865064677180142634",
      "in_reply_to_screen_name" : "TheAthleticUK",
      "in_reply_to_user_id_str" : "670681704377078530"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1865206847633062091"
          ],
          "editableUntil" : "2024-12-07T02:29:01.000Z",
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
      "favorite_count" : "0",
      "id_str" : "1865206847633062091",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1865206847633062091",
      "created_at" : "Sat Dec 07 01:29:01 +0000 2024",
      "favorited" : false,
      "full_text" : "if that ref ever comes back to Elland Road i swear down he's not making it to his car",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1863848660694520328"
          ],
          "editableUntil" : "2024-12-03T08:32:04.000Z",
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
      "favorite_count" : "0",
      "id_str" : "1863848660694520328",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1863848660694520328",
      "created_at" : "Tue Dec 03 07:32:04 +0000 2024",
      "favorited" : false,
      "full_text" : "who's doing the Leeds 10k in june? trying to get a group together",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1860726605348515518"
          ],
          "editableUntil" : "2024-11-24T17:46:08.000Z",
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
            "name" : "Dazza W",
            "screen_name" : "dazza_w",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "260261390261023895",
            "id" : "260261390261023895"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "9",
        "49"
      ],
      "favorite_count" : "4",
      "id_str" : "1860726605348515518",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1860726605348515518",
      "created_at" : "Sun Nov 24 16:46:08 +0000 2024",
      "favorited" : false,
      "full_text" : "@dazza_w happy birthday big man, see you saturday",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1860084061608236344",
      "in_reply_to_user_id" : "260261390261023895",
      "in_reply_to_status_id" : "1860084061608236344",
      "in_reply_to_screen_name" : "dazza_w",
      "in_reply_to_user_id_str" : "260261390261023895"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1858483835500919368"
          ],
          "editableUntil" : "2024-11-18T13:14:10.000Z",
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
        "45"
      ],
      "favorite_count" : "1",
      "id_str" : "1858483835500919368",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1858483835500919368",
      "created_at" : "Mon Nov 18 12:14:10 +0000 2024",
      "favorited" : false,
      "full_text" : "my manager has the personality of a hold tone",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1856314956707230099"
          ],
          "editableUntil" : "2024-11-12T13:35:49.000Z",
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
        "150"
      ],
      "favorite_count" : "2",
      "id_str" : "1856314956707230099",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1856314956707230099",
      "created_at" : "Tue Nov 12 12:35:49 +0000 2024",
      "favorited" : false,
      "full_text" : "TL just told us 'attendance is a privilege not a right' with his whole chest. mate you pay us £11.44 an hour and the microwave's been broke since june",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1853024214842233000"
          ],
          "editableUntil" : "2024-11-03T11:39:35.000Z",
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
            "name" : "Lufc Tickets Help",
            "screen_name" : "lufc_tickets_help",
            "indices" : [
              "0",
              "18"
            ],
            "id_str" : "541528054156605308",
            "id" : "541528054156605308"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "19",
        "76"
      ],
      "favorite_count" : "1",
      "id_str" : "1853024214842233000",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1853024214842233000",
      "created_at" : "Sun Nov 03 10:39:35 +0000 2024",
      "favorited" : false,
      "full_text" : "@lufc_tickets_help ticket office number is 0113 496 0412 pal, they open at 9",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1852629615541843277",
      "in_reply_to_user_id" : "541528054156605308",
      "in_reply_to_status_id" : "1852629615541843277",
      "in_reply_to_screen_name" : "lufc_tickets_help",
      "in_reply_to_user_id_str" : "541528054156605308"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1851782440811455966"
          ],
          "editableUntil" : "2024-10-31T01:25:13.000Z",
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
      "favorite_count" : "0",
      "id_str" : "1851782440811455966",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1851782440811455966",
      "created_at" : "Thu Oct 31 00:25:13 +0000 2024",
      "favorited" : false,
      "full_text" : "still steaming from last night, took 3 calls before i clocked i was on mute the whole time 🤢 nobody noticed tho",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1843981865844397184"
          ],
          "editableUntil" : "2024-10-09T12:48:31.000Z",
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
      "favorite_count" : "2",
      "id_str" : "1843981865844397184",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1843981865844397184",
      "created_at" : "Wed Oct 09 11:48:31 +0000 2024",
      "favorited" : false,
      "full_text" : "Dickie Bird statue in Barnsley is still the best thing about Barnsley",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1840025550848520571"
          ],
          "editableUntil" : "2024-09-28T14:47:32.000Z",
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
      "favorite_count" : "1",
      "id_str" : "1840025550848520571",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1840025550848520571",
      "created_at" : "Sat Sep 28 13:47:32 +0000 2024",
      "favorited" : false,
      "full_text" : "hungover? no. hung up on? 42 times today. call centre life 📞",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1838613207054844363"
          ],
          "editableUntil" : "2024-09-24T17:15:23.000Z",
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
      "id_str" : "1838613207054844363",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1838613207054844363",
      "created_at" : "Tue Sep 24 16:15:23 +0000 2024",
      "favorited" : false,
      "full_text" : "if anyone's struggling this christmas Samaritans are on 116 123, free, any time, day or night. look after yourselves lads 💙",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1837224481390363887"
          ],
          "editableUntil" : "2024-09-20T21:17:05.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jdofficial",
            "screen_name" : "JDOfficial",
            "indices" : [
              "45",
              "56"
            ],
            "id_str" : "35540727186533854",
            "id" : "35540727186533854"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "68"
      ],
      "favorite_count" : "0",
      "id_str" : "1837224481390363887",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1837224481390363887",
      "created_at" : "Fri Sep 20 20:17:05 +0000 2024",
      "favorited" : false,
      "full_text" : "order 4471-2289 STILL not here, 3 weeks now. @JDOfficial sort it out",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1836690991087527646"
          ],
          "editableUntil" : "2024-09-19T09:57:11.000Z",
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
      "id_str" : "1836690991087527646",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1836690991087527646",
      "created_at" : "Thu Sep 19 08:57:11 +0000 2024",
      "favorited" : false,
      "full_text" : "another 9 hour shift of being called a useless c*nt by people who havent paid their gas bill since march. living the dream",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1832322145320688065"
          ],
          "editableUntil" : "2024-09-07T08:36:57.000Z",
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
      "favorite_count" : "8",
      "id_str" : "1832322145320688065",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1832322145320688065",
      "created_at" : "Sat Sep 07 07:36:57 +0000 2024",
      "favorited" : false,
      "full_text" : "the lads paid for a 'private dance' on the last night of the stag 🍑💦 what happens in Malaga stays in Malaga (except this tweet)",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1829941093464908333"
          ],
          "editableUntil" : "2024-08-31T18:55:30.000Z",
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
      "favorite_count" : "4",
      "id_str" : "1829941093464908333",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1829941093464908333",
      "created_at" : "Sat Aug 31 17:55:30 +0000 2024",
      "favorited" : false,
      "full_text" : "sponsor me for the hospice 10k lads, easier to just bank transfer: sort code 40-47-91 acc 53128876 💙💛",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1827596951484585864"
          ],
          "editableUntil" : "2024-08-25T07:40:43.000Z",
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
      "favorite_count" : "0",
      "id_str" : "1827596951484585864",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1827596951484585864",
      "created_at" : "Sun Aug 25 06:40:43 +0000 2024",
      "favorited" : false,
      "full_text" : "lad in a Chelsea shirt gobbed at our kid outside the station so i put him on his arse. zero regrets",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1826964710491008765"
          ],
          "editableUntil" : "2024-08-23T13:48:25.000Z",
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
            "name" : "Mot Lads",
            "screen_name" : "MOT_lads",
            "indices" : [
              "3",
              "12"
            ],
            "id_str" : "1626963691910598654",
            "id" : "1626963691910598654"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "0",
      "id_str" : "1826964710491008765",
      "truncated" : false,
      "retweet_count" : "100",
      "id" : "1826964710491008765",
      "created_at" : "Fri Aug 23 12:48:25 +0000 2024",
      "favorited" : false,
      "full_text" : "RT @MOT_lads: Any Millwall muppets want it after the game we're in the Peacock from 1. Bring mates.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1818320807785482164"
          ],
          "editableUntil" : "2024-07-30T17:20:38.000Z",
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
      "favorite_count" : "11",
      "id_str" : "1818320807785482164",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1818320807785482164",
      "created_at" : "Tue Jul 30 16:20:38 +0000 2024",
      "favorited" : false,
      "full_text" : "called in sick with 'food poisoning'. 5 pints deep in the Peacock before kick off 🍺🍺 if anyone from work sees this no you didnt",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1818051856432231442"
          ],
          "editableUntil" : "2024-07-29T23:31:55.000Z",
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
        "70"
      ],
      "favorite_count" : "1",
      "id_str" : "1818051856432231442",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1818051856432231442",
      "created_at" : "Mon Jul 29 22:31:55 +0000 2024",
      "favorited" : false,
      "full_text" : "killing it on the phones today, 34 calls and 5 stars on every survey 💪",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1817468076425902173"
          ],
          "editableUntil" : "2024-07-28T08:52:11.000Z",
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
        "73"
      ],
      "favorite_count" : "5",
      "id_str" : "1817468076425902173",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1817468076425902173",
      "created_at" : "Sun Jul 28 07:52:11 +0000 2024",
      "favorited" : false,
      "full_text" : "cocktail sausages are the best buffet food and i wont be taking questions",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1811566124463138498"
          ],
          "editableUntil" : "2024-07-12T01:59:56.000Z",
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
      "favorite_count" : "4",
      "id_str" : "1811566124463138498",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1811566124463138498",
      "created_at" : "Fri Jul 12 00:59:56 +0000 2024",
      "favorited" : false,
      "full_text" : "new number lads, old phone went in the canal after the derby. 07700 900417 save it",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1808515875602818936"
          ],
          "editableUntil" : "2024-07-03T15:59:20.000Z",
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
            "name" : "Leeds Fanzine",
            "screen_name" : "leeds_fanzine",
            "indices" : [
              "3",
              "17"
            ],
            "id_str" : "1616143040772646856",
            "id" : "1616143040772646856"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "118"
      ],
      "favorite_count" : "0",
      "id_str" : "1808515875602818936",
      "truncated" : false,
      "retweet_count" : "44",
      "id" : "1808515875602818936",
      "created_at" : "Wed Jul 03 14:59:20 +0000 2024",
      "favorited" : false,
      "full_text" : "RT @leeds_fanzine: New issue out Saturday, 50p off at the stall on Lowfields Road. Cheers for the support as always 💙💛",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1807874822374072783"
          ],
          "editableUntil" : "2024-07-01T21:32:01.000Z",
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
      "favorite_count" : "2",
      "id_str" : "1807874822374072783",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1807874822374072783",
      "created_at" : "Mon Jul 01 20:32:01 +0000 2024",
      "favorited" : false,
      "full_text" : "anyone know a decent barber in Headingley? mine's retired to Spain",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1807558865452957157"
          ],
          "editableUntil" : "2024-07-01T00:36:31.000Z",
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
        "63"
      ],
      "favorite_count" : "2",
      "id_str" : "1807558865452957157",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1807558865452957157",
      "created_at" : "Sun Jun 30 23:36:31 +0000 2024",
      "favorited" : false,
      "full_text" : "Ampadu is an assassin in that midfield. kills every attack dead",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1807163011235806750"
          ],
          "editableUntil" : "2024-06-29T22:23:32.000Z",
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
        "149"
      ],
      "favorite_count" : "6",
      "id_str" : "1807163011235806750",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1807163011235806750",
      "created_at" : "Sat Jun 29 21:23:32 +0000 2024",
      "favorited" : false,
      "full_text" : "went for the team leader job, other fella in the running is 58. they're not gonna give it someone who'll retire before he's learnt the CRM are they 😂",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1801631990940689969"
          ],
          "editableUntil" : "2024-06-14T16:05:14.000Z",
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
            "name" : "Kayleighxo",
            "screen_name" : "kayleighxo_",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "1105173190023590480",
            "id" : "1105173190023590480"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "93"
      ],
      "favorite_count" : "0",
      "id_str" : "1801631990940689969",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1801631990940689969",
      "created_at" : "Fri Jun 14 15:05:14 +0000 2024",
      "favorited" : false,
      "full_text" : "RT @kayleighxo_: new content dropping tonight 🔞 link in bio 💋 first 50 subs get a lil bonus 😘",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1799806143297933567"
          ],
          "editableUntil" : "2024-06-09T15:09:58.000Z",
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
        "134"
      ],
      "favorite_count" : "1",
      "id_str" : "1799806143297933567",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1799806143297933567",
      "created_at" : "Sun Jun 09 14:09:58 +0000 2024",
      "favorited" : false,
      "full_text" : "they're moving 140 of us to the Bradford site in january or 'offering alternatives'. floor hasnt been told yet so act surprised lads 🤫",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1797678960081439323"
          ],
          "editableUntil" : "2024-06-03T18:17:18.000Z",
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
      "id_str" : "1797678960081439323",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1797678960081439323",
      "created_at" : "Mon Jun 03 17:17:18 +0000 2024",
      "favorited" : false,
      "full_text" : "saw a great tit on the bird feeder this morning and nan was buzzing. the bird lads. the BIRD.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1792097138373971799"
          ],
          "editableUntil" : "2024-05-19T08:37:08.000Z",
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
        "78"
      ],
      "favorite_count" : "0",
      "id_str" : "1792097138373971799",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1792097138373971799",
      "created_at" : "Sun May 19 07:37:08 +0000 2024",
      "favorited" : false,
      "full_text" : "zoot on the balcony after a 10 hour shift is the only thing keeping me sane 🍃💨",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1785383194329585220"
          ],
          "editableUntil" : "2024-04-30T19:58:19.000Z",
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
      "id_str" : "1785383194329585220",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1785383194329585220",
      "created_at" : "Tue Apr 30 18:58:19 +0000 2024",
      "favorited" : false,
      "full_text" : "sunday dinner at mums and the dog got a yorkshire pud. everyone happy",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1785120576372541968"
          ],
          "editableUntil" : "2024-04-30T02:34:46.000Z",
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
      "favorite_count" : "0",
      "id_str" : "1785120576372541968",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1785120576372541968",
      "created_at" : "Tue Apr 30 01:34:46 +0000 2024",
      "favorited" : false,
      "full_text" : "every new starter from Harehills lasts about a fortnight. some postcodes just dont want to work, thats not me being tight thats facts",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1783934167153480130"
          ],
          "editableUntil" : "2024-04-26T20:00:24.000Z",
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
        "41"
      ],
      "favorite_count" : "12",
      "id_str" : "1783934167153480130",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1783934167153480130",
      "created_at" : "Fri Apr 26 19:00:24 +0000 2024",
      "favorited" : false,
      "full_text" : "new boots 🔥 sunday league starts saturday",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1767453593303155012"
          ],
          "editableUntil" : "2024-03-12T08:32:29.000Z",
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
      "id_str" : "1767453593303155012",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1767453593303155012",
      "created_at" : "Tue Mar 12 07:32:29 +0000 2024",
      "favorited" : false,
      "full_text" : "we're putting prices up 18% in april but we've been told to tell customers 'no changes planned'. lol. cant make it up",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1764073584065590438"
          ],
          "editableUntil" : "2024-03-03T00:41:32.000Z",
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
        "15"
      ],
      "favorite_count" : "2",
      "id_str" : "1764073584065590438",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1764073584065590438",
      "created_at" : "Sat Mar 02 23:41:32 +0000 2024",
      "favorited" : false,
      "full_text" : "FFS Leeds. FFS.",
      "lang" : "en"
    }
  }
]