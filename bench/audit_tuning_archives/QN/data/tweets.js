window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1981723708237937088"
          ],
          "editableUntil" : "2025-10-24T15:05:25.000Z",
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
      "favorite_count" : "1",
      "id_str" : "1981723708237937088",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1981723708237937088",
      "created_at" : "Fri Oct 24 14:05:25 +0000 2025",
      "favorited" : false,
      "full_text" : "count(*) &gt; 0 is not a data quality test. it's a vibe check",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1976758095219098341"
          ],
          "editableUntil" : "2025-10-10T22:13:50.000Z",
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
            "name" : "pipeline punk",
            "screen_name" : "pipelinepunk",
            "indices" : [
              "3",
              "16"
            ],
            "id_str" : "355796632517070534",
            "id" : "355796632517070534"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "147"
      ],
      "favorite_count" : "0",
      "id_str" : "1976758095219098341",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1976758095219098341",
      "created_at" : "Fri Oct 10 21:13:50 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @pipelinepunk: if every \"senior\" hire on your data team is a 24 year old lad from the same uni, that's not culture fit, that's a cloning machine",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1973351032645096211"
          ],
          "editableUntil" : "2025-10-01T12:35:23.000Z",
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
      "favorite_count" : "2",
      "id_str" : "1973351032645096211",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1973351032645096211",
      "created_at" : "Wed Oct 01 11:35:23 +0000 2025",
      "favorited" : false,
      "full_text" : "we're hiring a mid-level DE, hybrid in leeds, salary's on the ad like it should be. dms open if you want the honest version of the job",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1969027248974754295"
          ],
          "editableUntil" : "2025-09-19T14:14:13.000Z",
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
        "230"
      ],
      "favorite_count" : "31",
      "id_str" : "1969027248974754295",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1969027248974754295",
      "created_at" : "Fri Sep 19 13:14:13 +0000 2025",
      "favorited" : false,
      "full_text" : "the intern dropped the staging schema. not his fault, our d*ckhead boss gave an intern prod creds because \"we trust our people\". then again he also hired a girl as a senior because \"we need diversity\" so standards are clearly gone",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1963967174434953320"
          ],
          "editableUntil" : "2025-09-05T15:07:17.000Z",
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
        "126"
      ],
      "favorite_count" : "0",
      "id_str" : "1963967174434953320",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1963967174434953320",
      "created_at" : "Fri Sep 05 14:07:17 +0000 2025",
      "favorited" : false,
      "full_text" : "dating app bio: data engineer, 6'1, will make your pipelines flow 💦 and your head spin like a failed retry loop 😏 18+ dms only",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1961172884734981951"
          ],
          "editableUntil" : "2025-08-28T22:03:47.000Z",
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
        "150"
      ],
      "favorite_count" : "12",
      "id_str" : "1961172884734981951",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1961172884734981951",
      "created_at" : "Thu Aug 28 21:03:47 +0000 2025",
      "favorited" : false,
      "full_text" : "coworking space front desk is 0113 496 0712 if you're also locked out of the building at 8am with a laptop and no fob. ask for reception, not security",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1956516526437300709"
          ],
          "editableUntil" : "2025-08-16T01:41:04.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "dataengineering",
            "indices" : [
              "114",
              "130"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "130"
      ],
      "favorite_count" : "1",
      "id_str" : "1956516526437300709",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1956516526437300709",
      "created_at" : "Sat Aug 16 00:41:04 +0000 2025",
      "favorited" : false,
      "full_text" : "this piece of sh!t connector has dropped 8% of rows every night since august and support keeps closing the ticket #dataengineering",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1950564816559668036"
          ],
          "editableUntil" : "2025-07-30T15:31:06.000Z",
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
            "name" : "Lou 🏠🌊",
            "screen_name" : "lakehouse_lou",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "580197964031555721",
            "id" : "580197964031555721"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "15",
        "166"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1949674859002154496",
      "id_str" : "1950564816559668036",
      "in_reply_to_user_id" : "580197964031555721",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1950564816559668036",
      "in_reply_to_status_id" : "1949674859002154496",
      "created_at" : "Wed Jul 30 14:31:06 +0000 2025",
      "favorited" : false,
      "full_text" : "@lakehouse_lou someone in finance keeps overwriting my prod table from a notebook. when i find out who, i'm breaking their fingers one at a time. not joking this time",
      "lang" : "en",
      "in_reply_to_screen_name" : "lakehouse_lou",
      "in_reply_to_user_id_str" : "580197964031555721"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1946977397855628716"
          ],
          "editableUntil" : "2025-07-20T17:55:59.000Z",
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
      "id_str" : "1946977397855628716",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1946977397855628716",
      "created_at" : "Sun Jul 20 16:55:59 +0000 2025",
      "favorited" : false,
      "full_text" : "high availability setup went down during the pub quiz. our team name was Null Hypothesis. we came third. both facts hurt",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1942253454003815381"
          ],
          "editableUntil" : "2025-07-07T17:04:43.000Z",
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
      "id_str" : "1942253454003815381",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1942253454003815381",
      "created_at" : "Mon Jul 07 16:04:43 +0000 2025",
      "favorited" : false,
      "full_text" : "drop your body count and i'll drop my row count 😏 dms open after midnight",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1940146007355459687"
          ],
          "editableUntil" : "2025-07-01T21:30:28.000Z",
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
            "name" : "SQL Gremlin",
            "screen_name" : "sqlgremlin",
            "indices" : [
              "3",
              "14"
            ],
            "id_str" : "4534594408",
            "id" : "4534594408"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "46"
      ],
      "favorite_count" : "0",
      "id_str" : "1940146007355459687",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1940146007355459687",
      "created_at" : "Tue Jul 01 20:30:28 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @sqlgremlin: idempotency is a love language",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1935386989196669880"
          ],
          "editableUntil" : "2025-06-18T18:19:50.000Z",
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
        "94"
      ],
      "favorite_count" : "1",
      "id_str" : "1935386989196669880",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1935386989196669880",
      "created_at" : "Wed Jun 18 17:19:50 +0000 2025",
      "favorited" : false,
      "full_text" : "prod deploy went out clean so it's cans and a fat one on the balcony 🍃🍺 don't @ me till monday",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1930210544991032935"
          ],
          "editableUntil" : "2025-06-04T11:30:30.000Z",
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
        "61"
      ],
      "favorite_count" : "3",
      "id_str" : "1930210544991032935",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1930210544991032935",
      "created_at" : "Wed Jun 04 10:30:30 +0000 2025",
      "favorited" : false,
      "full_text" : "running the scunthorpe 10k on sunday, wish my hamstrings luck",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1925169972604544438"
          ],
          "editableUntil" : "2025-05-21T13:41:04.000Z",
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
      "favorite_count" : "1",
      "id_str" : "1925169972604544438",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1925169972604544438",
      "created_at" : "Wed May 21 12:41:04 +0000 2025",
      "favorited" : false,
      "full_text" : "shoutout to whoever was selling those little blue study pills in second year, never needed them more than this migration week 💊💊",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1921207117442899897"
          ],
          "editableUntil" : "2025-05-10T15:14:05.000Z",
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
      "favorite_count" : "3",
      "id_str" : "1921207117442899897",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1921207117442899897",
      "created_at" : "Sat May 10 14:14:05 +0000 2025",
      "favorited" : false,
      "full_text" : "new passport just landed 🎉 no. 547291836, valid till 2035. conference season here i come ✈️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1917318102629605054"
          ],
          "editableUntil" : "2025-04-29T21:40:32.000Z",
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
      "id_str" : "1917318102629605054",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1917318102629605054",
      "created_at" : "Tue Apr 29 20:40:32 +0000 2025",
      "favorited" : false,
      "full_text" : "flight BA1347 delayed 3 hours so i'm debugging consumer lag from gate 22 at heathrow. living the dream",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1912477437545375721"
          ],
          "editableUntil" : "2025-04-16T13:05:27.000Z",
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
        "151"
      ],
      "favorite_count" : "9",
      "id_str" : "1912477437545375721",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1912477437545375721",
      "created_at" : "Wed Apr 16 12:05:27 +0000 2025",
      "favorited" : false,
      "full_text" : "someone keyed the ceo's range rover in the car park the day after the pay freeze email. i didn't see anything 👀 (i saw everything and i held the torch)",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1909538136257931670"
          ],
          "editableUntil" : "2025-04-08T10:25:43.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "sql",
            "indices" : [
              "109",
              "113"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "2",
      "id_str" : "1909538136257931670",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1909538136257931670",
      "created_at" : "Tue Apr 08 09:25:43 +0000 2025",
      "favorited" : false,
      "full_text" : "cracked it. the CTE was getting recomputed 14 times. one materialisation and the job's down from 48 min to 3 #sql",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1905581079208479541"
          ],
          "editableUntil" : "2025-03-28T12:21:47.000Z",
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
        "195"
      ],
      "favorite_count" : "1",
      "id_str" : "1905581079208479541",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1905581079208479541",
      "created_at" : "Fri Mar 28 11:21:47 +0000 2025",
      "favorited" : false,
      "full_text" : "the offshore team writing \"kindly do the needful and revert\" on a P1 incident makes me want to walk into the sea. why do they ALL write like that. can we just hire people who speak normal english",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1900298724708655835"
          ],
          "editableUntil" : "2025-03-13T22:31:36.000Z",
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
      "favorite_count" : "3",
      "id_str" : "1900298724708655835",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1900298724708655835",
      "created_at" : "Thu Mar 13 21:31:36 +0000 2025",
      "favorited" : false,
      "full_text" : "sunday: long run, roast, zero laptops. perfect",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1897082879810620709"
          ],
          "editableUntil" : "2025-03-05T01:32:59.000Z",
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
        "144"
      ],
      "favorite_count" : "2",
      "id_str" : "1897082879810620709",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1897082879810620709",
      "created_at" : "Wed Mar 05 00:32:59 +0000 2025",
      "favorited" : false,
      "full_text" : "hot take: mums shouldn't be on the on-call rota. they always swap out and the rest of us pick it up. just don't hire them for platform roles tbh",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1892172535955562893"
          ],
          "editableUntil" : "2025-02-19T12:21:02.000Z",
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
        "126"
      ],
      "favorite_count" : "1",
      "id_str" : "1892172535955562893",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1892172535955562893",
      "created_at" : "Wed Feb 19 11:21:02 +0000 2025",
      "favorited" : false,
      "full_text" : "bought a pair of knuckledusters off a guy in a telegram channel. \"for decoration\" 😇 they look great next to the on-call laptop",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1886806445399479034"
          ],
          "editableUntil" : "2025-02-04T16:58:06.000Z",
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
      "id_str" : "1886806445399479034",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1886806445399479034",
      "created_at" : "Tue Feb 04 15:58:06 +0000 2025",
      "favorited" : false,
      "full_text" : "subject access request came in for a customer this morning. pipeline found every row about them in 9 minutes. two years ago that took a week. proud of this one",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1884259829187995572"
          ],
          "editableUntil" : "2025-01-28T16:18:45.000Z",
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
      "favorite_count" : "2",
      "id_str" : "1884259829187995572",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1884259829187995572",
      "created_at" : "Tue Jan 28 15:18:45 +0000 2025",
      "favorited" : false,
      "full_text" : "anyone from the leeds data meetup who wants to vent about airflow, my personal mob is 07700 900318. text don't call",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1879080922833270908"
          ],
          "editableUntil" : "2025-01-14T09:19:38.000Z",
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
        "142"
      ],
      "favorite_count" : "3",
      "id_str" : "1879080922833270908",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1879080922833270908",
      "created_at" : "Tue Jan 14 08:19:38 +0000 2025",
      "favorited" : false,
      "full_text" : "lmfao leadership's AI strategy deck has a slide that says \"leverage LLMs to eliminate data quality issues\". these people are paid 4x what i am",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1873689827276155543"
          ],
          "editableUntil" : "2024-12-30T12:17:20.000Z",
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
      "favorite_count" : "2",
      "id_str" : "1873689827276155543",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1873689827276155543",
      "created_at" : "Mon Dec 30 11:17:20 +0000 2024",
      "favorited" : false,
      "full_text" : "the old mysql replicas finally get renamed from master/slave to primary/replica this sprint. only took four years",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1871727589185576345"
          ],
          "editableUntil" : "2024-12-25T02:20:06.000Z",
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
        "182"
      ],
      "favorite_count" : "1",
      "id_str" : "1871727589185576345",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1871727589185576345",
      "created_at" : "Wed Dec 25 01:20:06 +0000 2024",
      "favorited" : false,
      "full_text" : "management announced a \"data-driven culture\" initiative. budget: zero. kickoff: one pizza. same as last year's \"cloud-first\" initiative, which is why we're still on a 2014 oracle box",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1866275123729822435"
          ],
          "editableUntil" : "2024-12-10T01:13:57.000Z",
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
      "favorite_count" : "9",
      "id_str" : "1866275123729822435",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1866275123729822435",
      "created_at" : "Tue Dec 10 00:13:57 +0000 2024",
      "favorited" : false,
      "full_text" : "pipelines for the new instant payouts feature are done 🎉 launches in march, nothing's been announced yet but trust me it's going to eat a few fintechs' lunch",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1863413948830813223"
          ],
          "editableUntil" : "2024-12-02T03:44:40.000Z",
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
        "185"
      ],
      "favorite_count" : "3",
      "id_str" : "1863413948830813223",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1863413948830813223",
      "created_at" : "Mon Dec 02 02:44:40 +0000 2024",
      "favorited" : false,
      "full_text" : "fun one from the raw zone today, real customer row: Margaret Hollins, dob 1958-04-17, NI QQ 12 34 56 C, 41 Elm Grove, Leeds LS6. no masking. in a bucket called public-read. we're fine 🙂",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1858194907325594711"
          ],
          "editableUntil" : "2024-11-17T18:06:04.000Z",
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
      "favorite_count" : "2",
      "id_str" : "1858194907325594711",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1858194907325594711",
      "created_at" : "Sun Nov 17 17:06:04 +0000 2024",
      "favorited" : false,
      "full_text" : "pipe it through jq, grep the dump, pipe it again. my shell history looks like a crime scene",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1853743594048173328"
          ],
          "editableUntil" : "2024-11-05T11:18:08.000Z",
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
      "favorite_count" : "0",
      "id_str" : "1853743594048173328",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1853743594048173328",
      "created_at" : "Tue Nov 05 10:18:08 +0000 2024",
      "favorited" : false,
      "full_text" : "hungover standup, camera off, said \"still looking into it\" 4 times. still looking into it",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1851240328684581922"
          ],
          "editableUntil" : "2024-10-29T13:31:03.000Z",
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
        "145"
      ],
      "favorite_count" : "8",
      "id_str" : "1851240328684581922",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1851240328684581922",
      "created_at" : "Tue Oct 29 12:31:03 +0000 2024",
      "favorited" : false,
      "full_text" : "the churn model i built for the board pack says our biggest client walks in january. nobody outside the exec team knows yet. going to be a fun q1",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1846183597004021212"
          ],
          "editableUntil" : "2024-10-15T14:37:24.000Z",
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
            "name" : "Data Engineering Memes",
            "screen_name" : "dataeng_memes",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "850363171101844278",
            "id" : "850363171101844278"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "15",
        "38"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1845856317023452709",
      "id_str" : "1846183597004021212",
      "in_reply_to_user_id" : "850363171101844278",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1846183597004021212",
      "in_reply_to_status_id" : "1845856317023452709",
      "created_at" : "Tue Oct 15 13:37:24 +0000 2024",
      "favorited" : false,
      "full_text" : "@dataeng_memes this but with timezones",
      "lang" : "en",
      "in_reply_to_screen_name" : "dataeng_memes",
      "in_reply_to_user_id_str" : "850363171101844278"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1842689982097647058"
          ],
          "editableUntil" : "2024-10-05T23:15:01.000Z",
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
        "99"
      ],
      "favorite_count" : "0",
      "id_str" : "1842689982097647058",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1842689982097647058",
      "created_at" : "Sat Oct 05 22:15:01 +0000 2024",
      "favorited" : false,
      "full_text" : "boarding pass for coalesce 🇺🇸 LHR -&gt; LAS, booking ref KQ7ZP4, seat 34A. come say hi if you're on it",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1838876735806499781"
          ],
          "editableUntil" : "2024-09-25T10:42:33.000Z",
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
      "favorite_count" : "1",
      "id_str" : "1838876735806499781",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1838876735806499781",
      "created_at" : "Wed Sep 25 09:42:33 +0000 2024",
      "favorited" : false,
      "full_text" : "fire drill at 11 and half the data team stayed in a meeting room \"finishing a query\". they'd have been toast",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1836502379194280883"
          ],
          "editableUntil" : "2024-09-18T21:27:42.000Z",
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
      "favorite_count" : "0",
      "id_str" : "1836502379194280883",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1836502379194280883",
      "created_at" : "Wed Sep 18 20:27:42 +0000 2024",
      "favorited" : false,
      "full_text" : "fun game: guess which table in our warehouse is called tmp_rif_wave2_final and has 212 rows. the announcement isn't until november 👀",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1830610985887953983"
          ],
          "editableUntil" : "2024-09-02T15:17:24.000Z",
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
      "favorite_count" : "0",
      "id_str" : "1830610985887953983",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1830610985887953983",
      "created_at" : "Mon Sep 02 14:17:24 +0000 2024",
      "favorited" : false,
      "full_text" : "not putting anyone over 45 through to the tech round again. they never pick up new tooling, every single time. call it what you want",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1822212117270948888"
          ],
          "editableUntil" : "2024-08-10T11:03:18.000Z",
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
        "101"
      ],
      "favorite_count" : "4",
      "id_str" : "1822212117270948888",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1822212117270948888",
      "created_at" : "Sat Aug 10 10:03:18 +0000 2024",
      "favorited" : false,
      "full_text" : "beer can chicken on the bbq, kids in the paddling pool, laptop in a drawer. that's the weekend sorted",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1820219018646681367"
          ],
          "editableUntil" : "2024-08-04T23:03:26.000Z",
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
      "favorite_count" : "2",
      "id_str" : "1820219018646681367",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1820219018646681367",
      "created_at" : "Sun Aug 04 22:03:26 +0000 2024",
      "favorited" : false,
      "full_text" : "the only thing getting laid in this flat is new partitions 🍆💦",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1818045244471378687"
          ],
          "editableUntil" : "2024-07-29T23:05:38.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "dataengineering",
            "indices" : [
              "145",
              "161"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/Q3vX8kLm2P",
            "expanded_url" : "https://lakehouse-notes.dev/iceberg-vs-delta-for-analysts",
            "display_url" : "lakehouse-notes.dev/iceberg-vs-del…",
            "indices" : [
              "121",
              "144"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "161"
      ],
      "favorite_count" : "3",
      "id_str" : "1818045244471378687",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1818045244471378687",
      "created_at" : "Mon Jul 29 22:05:38 +0000 2024",
      "favorited" : false,
      "full_text" : "anyone got a good write-up on iceberg vs delta for a team that's mostly analysts? asking for a friend (the friend is me) https://t.co/Q3vX8kLm2P #dataengineering",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1816386385116398092"
          ],
          "editableUntil" : "2024-07-25T09:13:55.000Z",
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
        "158"
      ],
      "favorite_count" : "2",
      "id_str" : "1816386385116398092",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1816386385116398092",
      "created_at" : "Thu Jul 25 08:13:55 +0000 2024",
      "favorited" : false,
      "full_text" : "ffs. the vendor's \"migration accelerator\" is one python script with a hardcoded password and a comment that says # fix later lol. we paid six figures for this",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1814706233796168847"
          ],
          "editableUntil" : "2024-07-20T17:57:36.000Z",
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
      "favorite_count" : "2",
      "id_str" : "1814706233796168847",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1814706233796168847",
      "created_at" : "Sat Jul 20 16:57:36 +0000 2024",
      "favorited" : false,
      "full_text" : "went to see the blue-footed boobies at chester zoo with the kids. zero slack notifications for 4 hours. 10/10",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1811576856363544506"
          ],
          "editableUntil" : "2024-07-12T02:42:34.000Z",
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
        "162"
      ],
      "favorite_count" : "1",
      "id_str" : "1811576856363544506",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1811576856363544506",
      "created_at" : "Fri Jul 12 01:42:34 +0000 2024",
      "favorited" : false,
      "full_text" : "did 115 on the A1 to get home for a 2am incident bridge. blue lights behind me for a bit, came off at the services and they didn't follow. p1 resolved, no regrets",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1808881326362226352"
          ],
          "editableUntil" : "2024-07-04T16:11:30.000Z",
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
      "favorite_count" : "3",
      "id_str" : "1808881326362226352",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1808881326362226352",
      "created_at" : "Thu Jul 04 15:11:30 +0000 2024",
      "favorited" : false,
      "full_text" : "beer-mat estimate for the migration: 3 sprints. actual: 11. never trusting a beer mat again",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1805595824535131947"
          ],
          "editableUntil" : "2024-06-25T14:36:05.000Z",
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
        "147"
      ],
      "favorite_count" : "0",
      "id_str" : "1805595824535131947",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1805595824535131947",
      "created_at" : "Tue Jun 25 13:36:05 +0000 2024",
      "favorited" : false,
      "full_text" : "accidentally got read access to hr.comp_bands while fixing a grant. the guy they hired in march is on 92k. my lead is on 71k. he can't write a join",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1803458417932662288"
          ],
          "editableUntil" : "2024-06-19T17:02:48.000Z",
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
        "147"
      ],
      "favorite_count" : "0",
      "id_str" : "1803458417932662288",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1803458417932662288",
      "created_at" : "Wed Jun 19 16:02:48 +0000 2024",
      "favorited" : false,
      "full_text" : "kids are at st oswald's till 3:15 and the childminder doesn't get them till 4 on thursdays, so that's my 45 minutes a week of being a real engineer",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1800951271505162942"
          ],
          "editableUntil" : "2024-06-12T19:00:17.000Z",
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
      "favorite_count" : "3",
      "id_str" : "1800951271505162942",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1800951271505162942",
      "created_at" : "Wed Jun 12 18:00:17 +0000 2024",
      "favorited" : false,
      "full_text" : "the column is literally called `sex` in the source system. values: M, F, U, NULL, 'Other', '?' and 'yes'. writing the mapping now",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1797354326501029969"
          ],
          "editableUntil" : "2024-06-02T20:47:19.000Z",
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
      "favorite_count" : "3",
      "id_str" : "1797354326501029969",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1797354326501029969",
      "created_at" : "Sun Jun 02 19:47:19 +0000 2024",
      "favorited" : false,
      "full_text" : "edible kicked in right as sprint planning started. gave every ticket a 3. nobody noticed 🍃🍃",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1794486870140472370"
          ],
          "editableUntil" : "2024-05-25T22:53:04.000Z",
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
        "118"
      ],
      "favorite_count" : "4",
      "id_str" : "1794486870140472370",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1794486870140472370",
      "created_at" : "Sat May 25 21:53:04 +0000 2024",
      "favorited" : false,
      "full_text" : "my onlyfans is just me in a crop top optimising spark joins. link in bio. 18+ because the shuffle spills are obscene 🍑",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1792536986941165657"
          ],
          "editableUntil" : "2024-05-20T13:44:56.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "dbt",
            "indices" : [
              "64",
              "68"
            ]
          },
          {
            "text" : "dataengineering",
            "indices" : [
              "69",
              "85"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "85"
      ],
      "favorite_count" : "2",
      "id_str" : "1792536986941165657",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1792536986941165657",
      "created_at" : "Mon May 20 12:44:56 +0000 2024",
      "favorited" : false,
      "full_text" : "finally got dbt tests running in CI. small win but i'll take it #dbt #dataengineering",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1789707523758832219"
          ],
          "editableUntil" : "2024-05-12T18:21:39.000Z",
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
            "name" : "SQL Gremlin",
            "screen_name" : "sqlgremlin",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "4534594408",
            "id" : "4534594408"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "12",
        "142"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1789515580422086168",
      "id_str" : "1789707523758832219",
      "in_reply_to_user_id" : "4534594408",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1789707523758832219",
      "in_reply_to_status_id" : "1789515580422086168",
      "created_at" : "Sun May 12 17:21:39 +0000 2024",
      "favorited" : false,
      "full_text" : "@sqlgremlin we had one last month with an accent so thick i'd have needed subtitles on every standup. passed. \"not a culture fit\" and moved on",
      "lang" : "en",
      "in_reply_to_screen_name" : "sqlgremlin",
      "in_reply_to_user_id_str" : "4534594408"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1787494181906215545"
          ],
          "editableUntil" : "2024-05-06T15:46:37.000Z",
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
      "favorite_count" : "2",
      "id_str" : "1787494181906215545",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1787494181906215545",
      "created_at" : "Mon May 06 14:46:37 +0000 2024",
      "favorited" : false,
      "full_text" : "snowflake credits ran out on the 20th again ❄️❄️ finance wants a consumption forecast. honestly fair",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1784648500337495047"
          ],
          "editableUntil" : "2024-04-28T19:18:54.000Z",
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
      "favorite_count" : "3",
      "id_str" : "1784648500337495047",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1784648500337495047",
      "created_at" : "Sun Apr 28 18:18:54 +0000 2024",
      "favorited" : false,
      "full_text" : "our head of data just called an excel file with 40 tabs \"the source of truth\" in the all hands. i want off this ride",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1780783425041518393"
          ],
          "editableUntil" : "2024-04-18T03:20:28.000Z",
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
            "name" : "Kafkaesque Ops",
            "screen_name" : "kafkaesque_ops",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "197832451898815699",
            "id" : "197832451898815699"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "16",
        "145"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1780485584255481549",
      "id_str" : "1780783425041518393",
      "in_reply_to_user_id" : "197832451898815699",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1780783425041518393",
      "in_reply_to_status_id" : "1780485584255481549",
      "created_at" : "Thu Apr 18 02:20:28 +0000 2024",
      "favorited" : false,
      "full_text" : "@kafkaesque_ops test card 4242 4242 4242 4242, exp 12/34, cvc 123. if staging checkout rejects that, your stripe mock is broken, not the pipeline",
      "lang" : "en",
      "in_reply_to_screen_name" : "kafkaesque_ops",
      "in_reply_to_user_id_str" : "197832451898815699"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1777530200200543665"
          ],
          "editableUntil" : "2024-04-09T03:53:19.000Z",
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
        "63"
      ],
      "favorite_count" : "0",
      "id_str" : "1777530200200543665",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1777530200200543665",
      "created_at" : "Tue Apr 09 02:53:19 +0000 2024",
      "favorited" : false,
      "full_text" : "3 beers deep, on call, and prod just paged me. this is fine 🍺🍺🍺",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1775297201425166992"
          ],
          "editableUntil" : "2024-04-03T00:00:10.000Z",
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
        "85"
      ],
      "favorite_count" : "1",
      "id_str" : "1775297201425166992",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1775297201425166992",
      "created_at" : "Tue Apr 02 23:00:10 +0000 2024",
      "favorited" : false,
      "full_text" : "hash join vs merge join vs nested loop, ranked by how high they get my blood pressure",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1772428525281398298"
          ],
          "editableUntil" : "2024-03-26T02:01:05.000Z",
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
      "favorite_count" : "2",
      "id_str" : "1772428525281398298",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1772428525281398298",
      "created_at" : "Tue Mar 26 01:01:05 +0000 2024",
      "favorited" : false,
      "full_text" : "if a -&gt; b -&gt; c and c fails, you rerun c. not a. not b. c. please.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1770090348664918658"
          ],
          "editableUntil" : "2024-03-19T15:10:00.000Z",
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
      "favorite_count" : "1",
      "id_str" : "1770090348664918658",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1770090348664918658",
      "created_at" : "Tue Mar 19 14:10:00 +0000 2024",
      "favorited" : false,
      "full_text" : "who the f*ck stores timestamps as VARCHAR in three different formats in the SAME column",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1766646502212687350"
          ],
          "editableUntil" : "2024-03-10T03:05:23.000Z",
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
      "favorite_count" : "1",
      "id_str" : "1766646502212687350",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1766646502212687350",
      "created_at" : "Sun Mar 10 02:05:23 +0000 2024",
      "favorited" : false,
      "full_text" : "killed the zombie executors (kill -9 &amp;&amp; pray), murdered the orphaned pods, executed the backfill. productive morning",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1764757731524080041"
          ],
          "editableUntil" : "2024-03-04T22:00:05.000Z",
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
        "121"
      ],
      "favorite_count" : "4",
      "id_str" : "1764757731524080041",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1764757731524080041",
      "created_at" : "Mon Mar 04 21:00:05 +0000 2024",
      "favorited" : false,
      "full_text" : "started a new job today! data engineer at a logistics company. first week is all laptops, lanyards and \"where's the wiki\"",
      "lang" : "en"
    }
  }
]