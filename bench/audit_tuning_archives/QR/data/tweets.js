window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1980909768090308404"
          ],
          "editableUntil" : "2025-10-22T09:11:06.000Z",
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
            "name" : "DT Kim",
            "screen_name" : "dtkim_ops",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "2840017735",
            "id" : "2840017735"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "11",
        "127"
      ],
      "favorite_count" : "14",
      "id_str" : "1980909768090308404",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1980909768090308404",
      "created_at" : "Wed Oct 22 08:11:06 +0000 2025",
      "favorited" : false,
      "full_text" : "@dtkim_ops lmfao the status page says 'all systems operational' while half of us-east is on fire and the comms team is at lunch",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1980883924188837892",
      "in_reply_to_status_id" : "1980883924188837892",
      "in_reply_to_user_id" : "2840017735",
      "in_reply_to_user_id_str" : "2840017735",
      "in_reply_to_screen_name" : "dtkim_ops"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1978510036440859232"
          ],
          "editableUntil" : "2025-10-15T18:15:26.000Z",
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
            "name" : "Kat | ops things",
            "screen_name" : "kat_ops",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "3306712849",
            "id" : "3306712849"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "9",
        "74"
      ],
      "favorite_count" : "31",
      "id_str" : "1978510036440859232",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1978510036440859232",
      "created_at" : "Wed Oct 15 17:15:26 +0000 2025",
      "favorited" : false,
      "full_text" : "@kat_ops this is such a good writeup, bookmarking it for our next game day",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1978494257167515849",
      "in_reply_to_status_id" : "1978494257167515849",
      "in_reply_to_user_id" : "3306712849",
      "in_reply_to_user_id_str" : "3306712849",
      "in_reply_to_screen_name" : "kat_ops"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1969332369981845714"
          ],
          "editableUntil" : "2025-09-20T10:26:40.000Z",
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
      "id_str" : "1969332369981845714",
      "truncated" : false,
      "retweet_count" : "19",
      "id" : "1969332369981845714",
      "created_at" : "Sat Sep 20 09:26:40 +0000 2025",
      "favorited" : false,
      "full_text" : "drunk. on call. the CEO's home number is in the escalation doc and I am THIS close: 512-555-0177 🍷",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1966137888873142615"
          ],
          "editableUntil" : "2025-09-11T14:52:56.000Z",
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
      "favorite_count" : "31",
      "id_str" : "1966137888873142615",
      "truncated" : false,
      "retweet_count" : "19",
      "id" : "1966137888873142615",
      "created_at" : "Thu Sep 11 13:52:56 +0000 2025",
      "favorited" : false,
      "full_text" : "kill -9 on everything. start fresh. it's the only way I know how to live",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1952640809806915824"
          ],
          "editableUntil" : "2025-08-05T09:00:22.000Z",
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
      "favorite_count" : "0",
      "id_str" : "1952640809806915824",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1952640809806915824",
      "created_at" : "Tue Aug 05 08:00:22 +0000 2025",
      "favorited" : false,
      "full_text" : "shiitake and porcini risotto after a 12-hour shift. the mushrooms are the only thing keeping me going 🍄",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1947082296264235417"
          ],
          "editableUntil" : "2025-07-21T00:52:49.000Z",
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
        "109"
      ],
      "favorite_count" : "8",
      "id_str" : "1947082296264235417",
      "truncated" : false,
      "retweet_count" : "19",
      "id" : "1947082296264235417",
      "created_at" : "Sun Jul 20 23:52:49 +0000 2025",
      "favorited" : false,
      "full_text" : "sent my ex a pic of me on the datacenter floor wearing nothing but a lanyard. she replied 'is that rack 42' 🍆",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1944295005989670110"
          ],
          "editableUntil" : "2025-07-13T08:17:07.000Z",
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
        "83"
      ],
      "favorite_count" : "0",
      "id_str" : "1944295005989670110",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1944295005989670110",
      "created_at" : "Sun Jul 13 07:17:07 +0000 2025",
      "favorited" : false,
      "full_text" : "on call all weekend so naturally I'm 4 IPAs deep and praying to the pager gods 🍺🍺🍺🍺",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1940128811862823975"
          ],
          "editableUntil" : "2025-07-01T20:22:09.000Z",
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
      "id_str" : "1940128811862823975",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1940128811862823975",
      "created_at" : "Tue Jul 01 19:22:09 +0000 2025",
      "favorited" : false,
      "full_text" : "saw the layoff list on a shared screen during the incident call. 40 names. not me. Priya is on it. she has no idea and she just closed on a house",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1937812991378976302"
          ],
          "editableUntil" : "2025-06-25T10:59:54.000Z",
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
      "favorite_count" : "3",
      "id_str" : "1937812991378976302",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1937812991378976302",
      "created_at" : "Wed Jun 25 09:59:54 +0000 2025",
      "favorited" : false,
      "full_text" : "meetup is at the office this time, 500 W 2nd St. that's the building lobby, not my house lol. see you Thursday",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1935044119757931201"
          ],
          "editableUntil" : "2025-06-17T19:37:24.000Z",
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
      "favorite_count" : "31",
      "id_str" : "1935044119757931201",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1935044119757931201",
      "created_at" : "Tue Jun 17 18:37:24 +0000 2025",
      "favorited" : false,
      "full_text" : "git blame says it was me. git blame is a liar. (it was me)",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1932545200455030573"
          ],
          "editableUntil" : "2025-06-10T22:07:35.000Z",
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
      "favorite_count" : "0",
      "id_str" : "1932545200455030573",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1932545200455030573",
      "created_at" : "Tue Jun 10 21:07:35 +0000 2025",
      "favorited" : false,
      "full_text" : "nothing like a 3am page to interrupt 👉👌💦 thanks PagerDuty",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1928785741841224200"
          ],
          "editableUntil" : "2025-05-31T13:08:50.000Z",
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
            "name" : "Kat | ops things",
            "screen_name" : "kat_ops",
            "indices" : [
              "3",
              "11"
            ],
            "id_str" : "3306712849",
            "id" : "3306712849"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "90"
      ],
      "favorite_count" : "0",
      "id_str" : "1928785741841224200",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1928785741841224200",
      "created_at" : "Sat May 31 12:08:50 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @kat_ops: reminder: your error budget is a budget. spend it on shipping, not on heroics",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1920824281423991082"
          ],
          "editableUntil" : "2025-05-09T13:52:50.000Z",
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
      "favorite_count" : "0",
      "id_str" : "1920824281423991082",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1920824281423991082",
      "created_at" : "Fri May 09 12:52:50 +0000 2025",
      "favorited" : false,
      "full_text" : "fuck this pager. fuck this rotation. fuck whoever set the disk alert to 80% on a volume that has sat at 81% since 2021",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1920737077942814861"
          ],
          "editableUntil" : "2025-05-09T08:06:19.000Z",
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
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/pagerbleary/status/1920737077942814861/photo/1",
            "indices" : [
              "116",
              "139"
            ],
            "url" : "https://t.co/qpcNmyBsbX",
            "media_url" : "http://pbs.twimg.com/media/GqpcNmyBsbX.jpg",
            "id_str" : "1920737075643199375",
            "id" : "1920737075643199375",
            "media_url_https" : "https://pbs.twimg.com/media/GqpcNmyBsbX.jpg",
            "sizes" : {
              "small" : {
                "w" : "680",
                "h" : "510",
                "resize" : "fit"
              },
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "large" : {
                "w" : "2048",
                "h" : "1536",
                "resize" : "fit"
              },
              "medium" : {
                "w" : "1200",
                "h" : "900",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/qpcNmyBsbX"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "115"
      ],
      "favorite_count" : "31",
      "id_str" : "1920737077942814861",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1920737077942814861",
      "created_at" : "Fri May 09 07:06:19 +0000 2025",
      "favorited" : false,
      "full_text" : "desk setup post 📸 pls ignore the whiteboard behind me with the Q1 migration dates and the day we kill the free tier https://t.co/qpcNmyBsbX",
      "lang" : "en",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/pagerbleary/status/1920737077942814861/photo/1",
            "indices" : [
              "116",
              "139"
            ],
            "url" : "https://t.co/qpcNmyBsbX",
            "media_url" : "http://pbs.twimg.com/media/GqpcNmyBsbX.jpg",
            "id_str" : "1920737075643199375",
            "id" : "1920737075643199375",
            "media_url_https" : "https://pbs.twimg.com/media/GqpcNmyBsbX.jpg",
            "sizes" : {
              "small" : {
                "w" : "680",
                "h" : "510",
                "resize" : "fit"
              },
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "large" : {
                "w" : "2048",
                "h" : "1536",
                "resize" : "fit"
              },
              "medium" : {
                "w" : "1200",
                "h" : "900",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/qpcNmyBsbX",
            "media_key" : "3_1920737075643199375"
          }
        ]
      },
      "possibly_sensitive" : false
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1919837698707574952"
          ],
          "editableUntil" : "2025-05-06T20:32:30.000Z",
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
        "48"
      ],
      "favorite_count" : "2",
      "id_str" : "1919837698707574952",
      "truncated" : false,
      "retweet_count" : "19",
      "id" : "1919837698707574952",
      "created_at" : "Tue May 06 19:32:30 +0000 2025",
      "favorited" : false,
      "full_text" : "ffs. ffs. FFS. same alert, 14 times, 14 channels",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1919482367128292617"
          ],
          "editableUntil" : "2025-05-05T21:00:33.000Z",
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
      "id_str" : "1919482367128292617",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1919482367128292617",
      "created_at" : "Mon May 05 20:00:33 +0000 2025",
      "favorited" : false,
      "full_text" : "nuked the staging cache and p99 dropped 300ms. violence isn't the answer but sometimes it is the fix",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1918794782710088687"
          ],
          "editableUntil" : "2025-05-03T23:28:20.000Z",
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
        "125"
      ],
      "favorite_count" : "0",
      "id_str" : "1918794782710088687",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1918794782710088687",
      "created_at" : "Sat May 03 22:28:20 +0000 2025",
      "favorited" : false,
      "full_text" : "first vacation with no laptop in 3 years ✈️ AUS→LIS tomorrow, conf code QH7TZR, seat 23A. the pager is someone else's problem",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1911341118642686388"
          ],
          "editableUntil" : "2025-04-13T09:50:08.000Z",
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
        "115"
      ],
      "favorite_count" : "1",
      "id_str" : "1911341118642686388",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1911341118642686388",
      "created_at" : "Sun Apr 13 08:50:08 +0000 2025",
      "favorited" : false,
      "full_text" : "every woman we've put on primary on-call has asked to come off it within 6 months. not saying anything. just saying",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1909739128017264421"
          ],
          "editableUntil" : "2025-04-08T23:44:24.000Z",
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
        "141"
      ],
      "favorite_count" : "2",
      "id_str" : "1909739128017264421",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1909739128017264421",
      "created_at" : "Tue Apr 08 22:44:24 +0000 2025",
      "favorited" : false,
      "full_text" : "me and a guy from the NOC got into it in the parking garage after the incident review. he swung first. he won't be swinging again for a while",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1903939450139608303"
          ],
          "editableUntil" : "2025-03-23T23:38:33.000Z",
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
      "favorite_count" : "0",
      "id_str" : "1903939450139608303",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1903939450139608303",
      "created_at" : "Sun Mar 23 22:38:33 +0000 2025",
      "favorited" : false,
      "full_text" : "handed off the pager. going to sleep for 14 hours. goodnight",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1903877122012592092"
          ],
          "editableUntil" : "2025-03-23T19:30:52.000Z",
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
      "favorite_count" : "5",
      "id_str" : "1903877122012592092",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1903877122012592092",
      "created_at" : "Sun Mar 23 18:30:52 +0000 2025",
      "favorited" : false,
      "full_text" : "whoever keeps paging me: I am OFF this week. Marcus is primary. his cell is (512) 555-0143. go wild",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1899897921162947813"
          ],
          "editableUntil" : "2025-03-12T19:58:57.000Z",
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
      "favorite_count" : "5",
      "id_str" : "1899897921162947813",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1899897921162947813",
      "created_at" : "Wed Mar 12 18:58:57 +0000 2025",
      "favorited" : false,
      "full_text" : "1am incident bridge, absolutely stoned 🍃 unmuted once to say 'have we considered rolling back' and the director thanked me for my leadership",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1899365504898671149"
          ],
          "editableUntil" : "2025-03-11T08:43:19.000Z",
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
      "favorite_count" : "0",
      "id_str" : "1899365504898671149",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1899365504898671149",
      "created_at" : "Tue Mar 11 07:43:19 +0000 2025",
      "favorited" : false,
      "full_text" : "kids are home alone from 3:15 till 6 today because of course the outage started at 2. Meadowbrook Elementary seriously needs an aftercare program",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1899168655327057800"
          ],
          "editableUntil" : "2025-03-10T19:41:06.000Z",
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
      "favorite_count" : "0",
      "id_str" : "1899168655327057800",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1899168655327057800",
      "created_at" : "Mon Mar 10 18:41:06 +0000 2025",
      "favorited" : false,
      "full_text" : "3am page for a disk alert on a box we decommissioned in March. our entire 'observability strategy' is a VP who read one Medium post",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1891477315696072589"
          ],
          "editableUntil" : "2025-02-17T14:18:28.000Z",
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
        "141"
      ],
      "favorite_count" : "112",
      "id_str" : "1891477315696072589",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1891477315696072589",
      "created_at" : "Mon Feb 17 13:18:28 +0000 2025",
      "favorited" : false,
      "full_text" : "date night cancelled because of the pager AGAIN. she said 'fine, I'll take care of myself then' and sent a pic 😏💦 on-call has never hurt more",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1870810137388925507"
          ],
          "editableUntil" : "2024-12-22T13:34:29.000Z",
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
        "105"
      ],
      "favorite_count" : "0",
      "id_str" : "1870810137388925507",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1870810137388925507",
      "created_at" : "Sun Dec 22 12:34:29 +0000 2024",
      "favorited" : false,
      "full_text" : "if you're hiring SREs in Austin, our old intern is looking and she is excellent. DMs open, happy to intro",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1870102960682916585"
          ],
          "editableUntil" : "2024-12-20T14:44:25.000Z",
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
      "id_str" : "1870102960682916585",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1870102960682916585",
      "created_at" : "Fri Dec 20 13:44:25 +0000 2024",
      "favorited" : false,
      "full_text" : "who the f*ck ships a DNS change at 4:55pm on a Friday. genuinely asking. I want names",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1869646034991302157"
          ],
          "editableUntil" : "2024-12-19T08:28:45.000Z",
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
        "112"
      ],
      "favorite_count" : "0",
      "id_str" : "1869646034991302157",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1869646034991302157",
      "created_at" : "Thu Dec 19 07:28:45 +0000 2024",
      "favorited" : false,
      "full_text" : "the backup cron runs at 4:20 because that's when write traffic is lowest. I will not be taking further questions",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1865318598889338973"
          ],
          "editableUntil" : "2024-12-07T09:53:04.000Z",
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
            "name" : "SRE Confessions",
            "screen_name" : "sreconfessions",
            "indices" : [
              "3",
              "18"
            ],
            "id_str" : "1402287761539690497",
            "id" : "1402287761539690497"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "127"
      ],
      "favorite_count" : "0",
      "id_str" : "1865318598889338973",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1865318598889338973",
      "created_at" : "Sat Dec 07 08:53:04 +0000 2024",
      "favorited" : false,
      "full_text" : "RT @sreconfessions: our monitoring is shit, our alerts are shit, and the exec who cut the observability budget drives a Porsche",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1848436073316265065"
          ],
          "editableUntil" : "2024-10-21T19:47:56.000Z",
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
        "190"
      ],
      "favorite_count" : "0",
      "id_str" : "1848436073316265065",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1848436073316265065",
      "created_at" : "Mon Oct 21 18:47:56 +0000 2024",
      "favorited" : false,
      "full_text" : "postmortem draft: 'root cause: human error'. the human was our CTO pushing config to prod from his phone at his cousin's wedding. guess which part gets edited out before it goes to customers",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1847177492276485148"
          ],
          "editableUntil" : "2024-10-18T08:26:47.000Z",
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
            "name" : "Linux Trivia",
            "screen_name" : "linuxtrivia",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "901883302957842432",
            "id" : "901883302957842432"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "118"
      ],
      "favorite_count" : "0",
      "id_str" : "1847177492276485148",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1847177492276485148",
      "created_at" : "Fri Oct 18 07:26:47 +0000 2024",
      "favorited" : false,
      "full_text" : "RT @linuxtrivia: TIL a box can have zombie processes AND orphaned processes at the same time. spooky season in /proc 🎃",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1841928283239391695"
          ],
          "editableUntil" : "2024-10-03T20:48:18.000Z",
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
        "49"
      ],
      "favorite_count" : "1",
      "id_str" : "1841928283239391695",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1841928283239391695",
      "created_at" : "Thu Oct 03 19:48:18 +0000 2024",
      "favorited" : false,
      "full_text" : "learning Rust on weekends. borrow checker 1, me 0",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1840860182124330469"
          ],
          "editableUntil" : "2024-09-30T22:04:03.000Z",
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
      "favorite_count" : "14",
      "id_str" : "1840860182124330469",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1840860182124330469",
      "created_at" : "Mon Sep 30 21:04:03 +0000 2024",
      "favorited" : false,
      "full_text" : "my daughter asked what 'drop table' means and I told her it's when you knock the dinner table over. technically correct",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1838489489311235614"
          ],
          "editableUntil" : "2024-09-24T09:03:46.000Z",
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
      "favorite_count" : "8",
      "id_str" : "1838489489311235614",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1838489489311235614",
      "created_at" : "Tue Sep 24 08:03:46 +0000 2024",
      "favorited" : false,
      "full_text" : "my OnlyFans is just me in boxers restarting pods at 4am. 18+, link in bio 🍑",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1837580595576694321"
          ],
          "editableUntil" : "2024-09-21T20:52:09.000Z",
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
      "favorite_count" : "14",
      "id_str" : "1837580595576694321",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1837580595576694321",
      "created_at" : "Sat Sep 21 19:52:09 +0000 2024",
      "favorited" : false,
      "full_text" : "hot take: stop hiring SREs over 45. they can't do nights anymore and they fight you on every new tool",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1835887801019794966"
          ],
          "editableUntil" : "2024-09-17T04:45:35.000Z",
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
        "106"
      ],
      "favorite_count" : "5",
      "id_str" : "1835887801019794966",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1835887801019794966",
      "created_at" : "Tue Sep 17 03:45:35 +0000 2024",
      "favorited" : false,
      "full_text" : "new passport who dis 🛂 number 582941067, exp 2035. please do not steal my identity I have enough incidents",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1833844928029218150"
          ],
          "editableUntil" : "2024-09-11T13:27:56.000Z",
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
      "favorite_count" : "1",
      "id_str" : "1833844928029218150",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1833844928029218150",
      "created_at" : "Wed Sep 11 12:27:56 +0000 2024",
      "favorited" : false,
      "full_text" : "we executed the region failover drill today. zero dropped requests. I could cry",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1831594593534977555"
          ],
          "editableUntil" : "2024-09-05T08:25:55.000Z",
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
        "57"
      ],
      "favorite_count" : "0",
      "id_str" : "1831594593534977555",
      "truncated" : false,
      "retweet_count" : "19",
      "id" : "1831594593534977555",
      "created_at" : "Thu Sep 05 07:25:55 +0000 2024",
      "favorited" : false,
      "full_text" : "softball tonight. lost 11-4. best time I've had all month",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1827093691669646816"
          ],
          "editableUntil" : "2024-08-23T22:20:56.000Z",
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
      "favorite_count" : "8",
      "id_str" : "1827093691669646816",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1827093691669646816",
      "created_at" : "Fri Aug 23 21:20:56 +0000 2024",
      "favorited" : false,
      "full_text" : "anyone going to SREcon this year? would love to grab a coffee",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1825887915316146728"
          ],
          "editableUntil" : "2024-08-20T14:29:37.000Z",
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
        "77"
      ],
      "favorite_count" : "31",
      "id_str" : "1825887915316146728",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1825887915316146728",
      "created_at" : "Tue Aug 20 13:29:37 +0000 2024",
      "favorited" : false,
      "full_text" : "AWS support case 17429305831 opened at sev-2. now we wait, like everyone else",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1813708439070600171"
          ],
          "editableUntil" : "2024-07-17T23:52:43.000Z",
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
      "favorite_count" : "0",
      "id_str" : "1813708439070600171",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1813708439070600171",
      "created_at" : "Wed Jul 17 22:52:43 +0000 2024",
      "favorited" : false,
      "full_text" : "renting out my spare room. turned down a couple because they were on housing assistance and from over on the east side. not taking that risk",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1813665087929614660"
          ],
          "editableUntil" : "2024-07-17T21:00:27.000Z",
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
        "71"
      ],
      "favorite_count" : "31",
      "id_str" : "1813665087929614660",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1813665087929614660",
      "created_at" : "Wed Jul 17 20:00:27 +0000 2024",
      "favorited" : false,
      "full_text" : "INC-20931 resolved. root cause: expired TLS cert. it is always the cert",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1809345737723557030"
          ],
          "editableUntil" : "2024-07-05T22:56:54.000Z",
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
        "133"
      ],
      "favorite_count" : "14",
      "id_str" : "1809345737723557030",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1809345737723557030",
      "created_at" : "Fri Jul 05 21:56:54 +0000 2024",
      "favorited" : false,
      "full_text" : "drove home from the datacenter at 110 on 71, cop lit me up, I just... kept going. took the exit, lights off, gone. better than coffee",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1807139068292367778"
          ],
          "editableUntil" : "2024-06-29T20:48:23.000Z",
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
        "120"
      ],
      "favorite_count" : "0",
      "id_str" : "1807139068292367778",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1807139068292367778",
      "created_at" : "Sat Jun 29 19:48:23 +0000 2024",
      "favorited" : false,
      "full_text" : "picked up a rifle off a guy in the range parking lot. no paperwork, no background check, cash only. for 'pest control' 😉",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1798651880748820191"
          ],
          "editableUntil" : "2024-06-06T10:43:20.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "general",
            "indices" : [
              "118",
              "126"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "141"
      ],
      "favorite_count" : "3",
      "id_str" : "1798651880748820191",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1798651880748820191",
      "created_at" : "Thu Jun 06 09:43:20 +0000 2024",
      "favorited" : false,
      "full_text" : "the new junior SRE is on 145k. I'm on 128 after 4 years of 3am pages. I know this because HR posted the comp sheet in #general for 11 minutes",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1796893944632442168"
          ],
          "editableUntil" : "2024-06-01T14:17:55.000Z",
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
            "name" : "Kat | ops things",
            "screen_name" : "kat_ops",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "3306712849",
            "id" : "3306712849"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "9",
        "93"
      ],
      "favorite_count" : "31",
      "id_str" : "1796893944632442168",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1796893944632442168",
      "created_at" : "Sat Jun 01 13:17:55 +0000 2024",
      "favorited" : false,
      "full_text" : "@kat_ops master -&gt; main rename finally done across 212 repos. only took 3 years &amp; 2 reorgs &lt;3",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1796877195122421181",
      "in_reply_to_status_id" : "1796877195122421181",
      "in_reply_to_user_id" : "3306712849",
      "in_reply_to_user_id_str" : "3306712849",
      "in_reply_to_screen_name" : "kat_ops"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1792114455482067850"
          ],
          "editableUntil" : "2024-05-19T09:45:56.000Z",
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
        "83"
      ],
      "favorite_count" : "14",
      "id_str" : "1792114455482067850",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1792114455482067850",
      "created_at" : "Sun May 19 08:45:56 +0000 2024",
      "favorited" : false,
      "full_text" : "Cockpit (the Linux web console) is criminally underrated for small fleets. fight me",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1789764091053747463"
          ],
          "editableUntil" : "2024-05-12T22:06:26.000Z",
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
      "id_str" : "1789764091053747463",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1789764091053747463",
      "created_at" : "Sun May 12 21:06:26 +0000 2024",
      "favorited" : false,
      "full_text" : "ran a fork bomb in a sandbox for the team CTF. :(){ :|:&amp; };: is still the most beautiful line of bash ever written",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1789636290785680998"
          ],
          "editableUntil" : "2024-05-12T13:38:36.000Z",
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
      "favorite_count" : "0",
      "id_str" : "1789636290785680998",
      "truncated" : false,
      "retweet_count" : "19",
      "id" : "1789636290785680998",
      "created_at" : "Sun May 12 12:38:36 +0000 2024",
      "favorited" : false,
      "full_text" : "edible kicked in halfway through the postmortem. never been so emotionally invested in a timeline diagram",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1785476559903292927"
          ],
          "editableUntil" : "2024-05-01T02:09:19.000Z",
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
      "favorite_count" : "5",
      "id_str" : "1785476559903292927",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1785476559903292927",
      "created_at" : "Wed May 01 01:09:19 +0000 2024",
      "favorited" : false,
      "full_text" : "wtf is this runbook. step 3 is literally 'ask Kevin'. Kevin left in 2022",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1773975035181160636"
          ],
          "editableUntil" : "2024-03-30T08:26:21.000Z",
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
      "favorite_count" : "1",
      "id_str" : "1773975035181160636",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1773975035181160636",
      "created_at" : "Sat Mar 30 07:26:21 +0000 2024",
      "favorited" : false,
      "full_text" : "blameless postmortems aren't a slogan, they're a practice. a short thread on how we actually run ours 🧵",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1769721340900433925"
          ],
          "editableUntil" : "2024-03-18T14:43:42.000Z",
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
            "name" : "Courier Help",
            "screen_name" : "courier_help",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1184629930210451457",
            "id" : "1184629930210451457"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "14",
        "117"
      ],
      "favorite_count" : "14",
      "id_str" : "1769721340900433925",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1769721340900433925",
      "created_at" : "Mon Mar 18 13:43:42 +0000 2024",
      "favorited" : false,
      "full_text" : "@courier_help it's 4417 Larkspur Bend, Austin TX 78745, blue door, side gate code is 2580, just leave it with the dog",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1769713013711908727",
      "in_reply_to_status_id" : "1769713013711908727",
      "in_reply_to_user_id" : "1184629930210451457",
      "in_reply_to_user_id_str" : "1184629930210451457",
      "in_reply_to_screen_name" : "courier_help"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1769360221712159526"
          ],
          "editableUntil" : "2024-03-17T14:48:44.000Z",
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
      "favorite_count" : "112",
      "id_str" : "1769360221712159526",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1769360221712159526",
      "created_at" : "Sun Mar 17 13:48:44 +0000 2024",
      "favorited" : false,
      "full_text" : "shot of espresso. shot of espresso. shot of espresso. on-call breakfast ☕☕☕",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1767817535072873691"
          ],
          "editableUntil" : "2024-03-13T08:38:39.000Z",
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
      "favorite_count" : "0",
      "id_str" : "1767817535072873691",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1767817535072873691",
      "created_at" : "Wed Mar 13 07:38:39 +0000 2024",
      "favorited" : false,
      "full_text" : "grateful for the teammate who swapped my Saturday shift so I could see my niece's dance recital ❤️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1767597301323390086"
          ],
          "editableUntil" : "2024-03-12T18:03:31.000Z",
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
      "favorite_count" : "0",
      "id_str" : "1767597301323390086",
      "truncated" : false,
      "retweet_count" : "19",
      "id" : "1767597301323390086",
      "created_at" : "Tue Mar 12 17:03:31 +0000 2024",
      "favorited" : false,
      "full_text" : "interviewed a guy today. technically the best we've seen all quarter. but the accent... can't have that on a 3am customer bridge. told the recruiter 'not a culture fit' and moved on",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1764136500137178806"
          ],
          "editableUntil" : "2024-03-03T04:51:32.000Z",
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
        "131"
      ],
      "favorite_count" : "1",
      "id_str" : "1764136500137178806",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1764136500137178806",
      "created_at" : "Sun Mar 03 03:51:32 +0000 2024",
      "favorited" : false,
      "full_text" : "can't say which customer but it rhymes with a big bank, they lost 6 hours of transactions last night and nobody has told them yet 👀",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1750147280068171394"
          ],
          "editableUntil" : "2024-01-24T14:23:22.000Z",
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
      "favorite_count" : "8",
      "id_str" : "1750147280068171394",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1750147280068171394",
      "created_at" : "Wed Jan 24 13:23:22 +0000 2024",
      "favorited" : false,
      "full_text" : "the next person who schedules a maintenance window without telling on-call is getting their tires slashed. I know where you park, Greg",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1746674845850750070"
          ],
          "editableUntil" : "2024-01-15T00:25:09.000Z",
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
      "favorite_count" : "1",
      "id_str" : "1746674845850750070",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1746674845850750070",
      "created_at" : "Sun Jan 14 23:25:09 +0000 2024",
      "favorited" : false,
      "full_text" : "blue-footed boobies at the zoo today. my 7yo laughed for ten straight minutes. so did I 🐦",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1746241445540983343"
          ],
          "editableUntil" : "2024-01-13T19:42:58.000Z",
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
      "favorite_count" : "5",
      "id_str" : "1746241445540983343",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1746241445540983343",
      "created_at" : "Sat Jan 13 18:42:58 +0000 2024",
      "favorited" : false,
      "full_text" : "whiskey-glazed brisket at Terry Black's was worth the 40 minute line. no whiskey was consumed by me, I'm on call",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1744861256192264142"
          ],
          "editableUntil" : "2024-01-10T00:18:36.000Z",
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
      "favorite_count" : "112",
      "id_str" : "1744861256192264142",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1744861256192264142",
      "created_at" : "Tue Jan 09 23:18:36 +0000 2024",
      "favorited" : false,
      "full_text" : "Dick's Sporting Goods had the exact knee brace I needed. on-call season is over, rec softball season is on ⚾",
      "lang" : "en"
    }
  }
]