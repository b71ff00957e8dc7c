// Warp 1.19.0 cpu code for random_walk_3068f3fd.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_random_walk_66e8b907 {
    wp::int32 seed;
    wp::array_t<wp::float32> results;
    wp::array_t<wp::float32> estimate;
};


template <bool wp_linear_contiguous>
static void random_walk_66e8b907_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_random_walk_66e8b907 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::int32 var_seed = _wp_args->seed;
    wp::array_t<wp::float32> var_results = _wp_args->results;
    wp::array_t<wp::float32> var_estimate = _wp_args->estimate;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::uint32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::vec_t<3, wp::float32> var_4;
    const wp::float32 var_5 = 0.0;
    wp::float32 var_6;
    wp::int32 var_7;
    const wp::int32 var_8 = 16;
    wp::int32 var_9;
    wp::range_t var_10;
    wp::int32 var_11;
    wp::int32 var_12;
    const wp::int32 var_13 = 12;
    wp::int32 var_14;
    wp::range_t var_15;
    wp::int32 var_16;
    wp::vec_t<2, wp::float32> var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    const wp::float32 var_25 = 0.0;
    wp::float32 var_26;
    wp::int32 var_27;
    const wp::int32 var_28 = 12;
    wp::int32 var_29;
    const wp::int32 var_30 = 2;
    wp::int32 var_31;
    const wp::int32 var_32 = 1;
    const wp::int32 var_33 = 2;
    wp::range_t var_34;
    wp::int32 var_35;
    wp::vec_t<2, wp::float32> var_36;
    wp::float32 var_37;
    wp::float32 var_38;
    wp::float32 var_39;
    wp::float32 var_40;
    wp::float32 var_41;
    wp::float32 var_42;
    const wp::float32 var_43 = 0.5;
    wp::vec_t<3, wp::float32> var_44;
    wp::float32 var_45;
    wp::float32 var_46;
    wp::float32 var_47;
    wp::float32 var_48;
    const wp::int32 var_49 = 0;
    wp::shape_t* var_50;
    const wp::int32 var_51 = 0;
    wp::int32 var_52;
    wp::shape_t var_53;
    wp::float32 var_54;
    wp::float32 var_55;
    wp::float32 var_56;
    //---------
    // forward
    // def random_walk(seed: int, results: wp.array(dtype=float), estimate: wp.array(dtype=float)):       <L 13>
    // tid = wp.tid()                                                                         <L 14>
    var_0 = builtin_tid1d();
    // state = wp.rand_init(seed, tid)                                                        <L 15>
    var_1 = wp::rand_init(var_seed, var_0);
    // u = wp.randf(state)                                                                    <L 16>
    var_2 = wp::randf(var_1);
    // g = wp.randn(state)                                                                    <L 17>
    var_3 = wp::randn(var_1);
    // d = wp.sample_unit_sphere_surface(state)                                               <L 18>
    var_4 = wp::sample_unit_sphere_surface(var_1);
    // table_acc = float(0.0)                                                                 <L 19>
    var_6 = wp::float(var_5);
    // for row_2 in range(wp.min(wp.abs(tid), 16)):                                           <L 20>
    var_7 = wp::abs(var_0);
    var_9 = wp::min(var_7, var_8);
    var_10 = wp::range(var_9);
    start_for_0:;
        if (iter_cmp(var_10) == 0) goto end_for_0;
        var_11 = wp::iter_next(var_10);
        // for col in range(wp.min(wp.abs(tid), 12)):                                         <L 21>
        var_12 = wp::abs(var_0);
        var_14 = wp::min(var_12, var_13);
        var_15 = wp::range(var_14);
        start_for_2:;
            if (iter_cmp(var_15) == 0) goto end_for_2;
            var_16 = wp::iter_next(var_15);
            // disk_pt = wp.sample_triangle(state)                                            <L 22>
            var_17 = wp::sample_triangle(var_1);
            // table_acc += float(row_2) + float(col) + wp.length(disk_pt)                    <L 23>
            var_18 = wp::float(var_11);
            var_19 = wp::float(var_16);
            var_20 = wp::add(var_18, var_19);
            var_21 = wp::length(var_17);
            var_22 = wp::add(var_20, var_21);
            var_23 = wp::add(var_6, var_22);
            wp::assign(var_6, var_23);
            goto start_for_2;
        end_for_2:;
        goto start_for_0;
    end_for_0:;
    // n_2 = wp.noise(state, g)                                                               <L 24>
    var_24 = wp::noise(var_1, var_3);
    // strided_sum = float(0.0)                                                               <L 25>
    var_26 = wp::float(var_25);
    // for s_3 in range(1, wp.min(wp.abs(tid), 12) * 2, 2):                                   <L 26>
    var_27 = wp::abs(var_0);
    var_29 = wp::min(var_27, var_28);
    var_31 = wp::mul(var_29, var_30);
    var_34 = wp::range(var_32, var_31, var_33);
    start_for_4:;
        if (iter_cmp(var_34) == 0) goto end_for_4;
        var_35 = wp::iter_next(var_34);
        // bary = wp.sample_unit_square(state)                                                <L 27>
        var_36 = wp::sample_unit_square(var_1);
        // strided_sum += (float(s_3) + wp.length(bary)) / float(s_3)                         <L 28>
        var_37 = wp::float(var_35);
        var_38 = wp::length(var_36);
        var_39 = wp::add(var_37, var_38);
        var_40 = wp::float(var_35);
        var_41 = wp::div(var_39, var_40);
        var_42 = wp::add(var_26, var_41);
        wp::assign(var_26, var_42);
        goto start_for_4;
    end_for_4:;
    // turbulence = wp.noise(state, wp.vec3(u, n_2, 0.5))                                     <L 29>
    var_44 = wp::vec_t<3, wp::float32>(var_2, var_24, var_43);
    var_45 = wp::noise(var_1, var_44);
    // value = wp.length(d) + strided_sum + turbulence                                        <L 30>
    var_46 = wp::length(var_4);
    var_47 = wp::add(var_46, var_26);
    var_48 = wp::add(var_47, var_45);
    // results[tid] = value                                                                   <L 31>
    wp::array_store(var_results, var_0, var_48);
    // wp.atomic_add(estimate, 0, value / float(results.shape[0]))                            <L 32>
    var_50 = &(var_results.shape);
    var_53 = wp::load(var_50);
    var_52 = wp::extract(var_53, var_51);
    var_54 = wp::float(var_52);
    var_55 = wp::div(var_48, var_54);
    var_56 = wp::atomic_add(var_estimate, var_49, var_55);
}



template <bool wp_linear_contiguous>
static void random_walk_66e8b907_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_random_walk_66e8b907 *_wp_args,
    wp_args_random_walk_66e8b907 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::int32 var_seed = _wp_args->seed;
    wp::array_t<wp::float32> var_results = _wp_args->results;
    wp::array_t<wp::float32> var_estimate = _wp_args->estimate;
    wp::int32 adj_seed = _wp_adj_args->seed;
    wp::array_t<wp::float32> adj_results = _wp_adj_args->results;
    wp::array_t<wp::float32> adj_estimate = _wp_adj_args->estimate;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::uint32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::vec_t<3, wp::float32> var_4;
    const wp::float32 var_5 = 0.0;
    wp::float32 var_6;
    wp::int32 var_7;
    const wp::int32 var_8 = 16;
    wp::int32 var_9;
    wp::range_t var_10;
    wp::int32 var_11;
    wp::int32 var_12;
    const wp::int32 var_13 = 12;
    wp::int32 var_14;
    wp::range_t var_15;
    wp::int32 var_16;
    wp::vec_t<2, wp::float32> var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    const wp::float32 var_25 = 0.0;
    wp::float32 var_26;
    wp::int32 var_27;
    const wp::int32 var_28 = 12;
    wp::int32 var_29;
    const wp::int32 var_30 = 2;
    wp::int32 var_31;
    const wp::int32 var_32 = 1;
    const wp::int32 var_33 = 2;
    wp::range_t var_34;
    wp::int32 var_35;
    wp::vec_t<2, wp::float32> var_36;
    wp::float32 var_37;
    wp::float32 var_38;
    wp::float32 var_39;
    wp::float32 var_40;
    wp::float32 var_41;
    wp::float32 var_42;
    const wp::float32 var_43 = 0.5;
    wp::vec_t<3, wp::float32> var_44;
    wp::float32 var_45;
    wp::float32 var_46;
    wp::float32 var_47;
    wp::float32 var_48;
    const wp::int32 var_49 = 0;
    wp::shape_t* var_50;
    const wp::int32 var_51 = 0;
    wp::int32 var_52;
    wp::shape_t var_53;
    wp::float32 var_54;
    wp::float32 var_55;
    wp::float32 var_56;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::uint32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::range_t adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::range_t adj_15 = {};
    wp::int32 adj_16 = {};
    wp::vec_t<2, wp::float32> adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::int32 adj_27 = {};
    wp::int32 adj_28 = {};
    wp::int32 adj_29 = {};
    wp::int32 adj_30 = {};
    wp::int32 adj_31 = {};
    wp::int32 adj_32 = {};
    wp::int32 adj_33 = {};
    wp::range_t adj_34 = {};
    wp::int32 adj_35 = {};
    wp::vec_t<2, wp::float32> adj_36 = {};
    wp::float32 adj_37 = {};
    wp::float32 adj_38 = {};
    wp::float32 adj_39 = {};
    wp::float32 adj_40 = {};
    wp::float32 adj_41 = {};
    wp::float32 adj_42 = {};
    wp::float32 adj_43 = {};
    wp::vec_t<3, wp::float32> adj_44 = {};
    wp::float32 adj_45 = {};
    wp::float32 adj_46 = {};
    wp::float32 adj_47 = {};
    wp::float32 adj_48 = {};
    wp::int32 adj_49 = {};
    wp::shape_t adj_50 = {};
    wp::int32 adj_51 = {};
    wp::int32 adj_52 = {};
    wp::shape_t adj_53 = {};
    wp::float32 adj_54 = {};
    wp::float32 adj_55 = {};
    wp::float32 adj_56 = {};
    //---------
    // forward
    // def random_walk(seed: int, results: wp.array(dtype=float), estimate: wp.array(dtype=float)):       <L 13>
    // tid = wp.tid()                                                                         <L 14>
    var_0 = builtin_tid1d();
    // state = wp.rand_init(seed, tid)                                                        <L 15>
    var_1 = wp::rand_init(var_seed, var_0);
    // u = wp.randf(state)                                                                    <L 16>
    var_2 = wp::randf(var_1);
    // g = wp.randn(state)                                                                    <L 17>
    var_3 = wp::randn(var_1);
    // d = wp.sample_unit_sphere_surface(state)                                               <L 18>
    var_4 = wp::sample_unit_sphere_surface(var_1);
    // table_acc = float(0.0)                                                                 <L 19>
    var_6 = wp::float(var_5);
    // for row_2 in range(wp.min(wp.abs(tid), 16)):                                           <L 20>
    var_7 = wp::abs(var_0);
    var_9 = wp::min(var_7, var_8);
    var_10 = wp::range(var_9);
    // n_2 = wp.noise(state, g)                                                               <L 24>
    var_24 = wp::noise(var_1, var_3);
    // strided_sum = float(0.0)                                                               <L 25>
    var_26 = wp::float(var_25);
    // for s_3 in range(1, wp.min(wp.abs(tid), 12) * 2, 2):                                   <L 26>
    var_27 = wp::abs(var_0);
    var_29 = wp::min(var_27, var_28);
    var_31 = wp::mul(var_29, var_30);
    var_34 = wp::range(var_32, var_31, var_33);
    // turbulence = wp.noise(state, wp.vec3(u, n_2, 0.5))                                     <L 29>
    var_44 = wp::vec_t<3, wp::float32>(var_2, var_24, var_43);
    var_45 = wp::noise(var_1, var_44);
    // value = wp.length(d) + strided_sum + turbulence                                        <L 30>
    var_46 = wp::length(var_4);
    var_47 = wp::add(var_46, var_26);
    var_48 = wp::add(var_47, var_45);
    // results[tid] = value                                                                   <L 31>
    // wp::array_store(var_results, var_0, var_48);
    // wp.atomic_add(estimate, 0, value / float(results.shape[0]))                            <L 32>
    var_50 = &(var_results.shape);
    var_53 = wp::load(var_50);
    var_52 = wp::extract(var_53, var_51);
    var_54 = wp::float(var_52);
    var_55 = wp::div(var_48, var_54);
    // var_56 = wp::atomic_add(var_estimate, var_49, var_55);
    //---------
    // reverse
    wp::adj_atomic_add(var_estimate, var_49, var_55, adj_estimate, adj_49, adj_55, adj_56);
    wp::adj_div(var_48, var_54, var_55, adj_48, adj_54, adj_55);
    wp::adj_float(var_52, adj_52, adj_54);
    adj_results.shape = adj_50;
    // adj: wp.atomic_add(estimate, 0, value / float(results.shape[0]))                       <L 32>
    wp::adj_array_store(var_results, var_0, var_48, adj_results, adj_0, adj_48);
    // adj: results[tid] = value                                                              <L 31>
    wp::adj_add(var_47, var_45, adj_47, adj_45, adj_48);
    wp::adj_add(var_46, var_26, adj_46, adj_26, adj_47);
    wp::adj_length(var_4, var_46, adj_4, adj_46);
    // adj: value = wp.length(d) + strided_sum + turbulence                                   <L 30>
    wp::adj_noise(var_1, var_44, adj_1, adj_44, adj_45);
    wp::adj_vec_t(var_2, var_24, var_43, adj_2, adj_24, adj_43, adj_44);
    // adj: turbulence = wp.noise(state, wp.vec3(u, n_2, 0.5))                                <L 29>
    var_34 = wp::iter_reverse(var_34);
    start_for_4:;
        if (iter_cmp(var_34) == 0) goto end_for_4;
        var_35 = wp::iter_next(var_34);
    	adj_36 = {};
    	adj_37 = {};
    	adj_38 = {};
    	adj_39 = {};
    	adj_40 = {};
    	adj_41 = {};
    	adj_42 = {};
        // bary = wp.sample_unit_square(state)                                                <L 27>
        var_36 = wp::sample_unit_square(var_1);
        // strided_sum += (float(s_3) + wp.length(bary)) / float(s_3)                         <L 28>
        var_37 = wp::float(var_35);
        var_38 = wp::length(var_36);
        var_39 = wp::add(var_37, var_38);
        var_40 = wp::float(var_35);
        var_41 = wp::div(var_39, var_40);
        var_42 = wp::add(var_26, var_41);
        wp::assign(var_26, var_42);
        wp::adj_assign(var_26, var_42, adj_26, adj_42);
        wp::adj_add(var_26, var_41, adj_26, adj_41, adj_42);
        wp::adj_div(var_39, var_40, var_41, adj_39, adj_40, adj_41);
        wp::adj_float(var_35, adj_35, adj_40);
        wp::adj_add(var_37, var_38, adj_37, adj_38, adj_39);
        wp::adj_length(var_36, var_38, adj_36, adj_38);
        wp::adj_float(var_35, adj_35, adj_37);
        // adj: strided_sum += (float(s_3) + wp.length(bary)) / float(s_3)                    <L 28>
        // adj: bary = wp.sample_unit_square(state)                                           <L 27>
    	goto start_for_4;
    end_for_4:;
    wp::adj_mul(var_29, var_30, adj_29, adj_30, adj_31);
    wp::adj_min(var_27, var_28, adj_27, adj_28, adj_29);
    wp::adj_abs(var_0, adj_0, adj_27);
    // adj: for s_3 in range(1, wp.min(wp.abs(tid), 12) * 2, 2):                              <L 26>
    wp::adj_float(var_25, adj_25, adj_26);
    // adj: strided_sum = float(0.0)                                                          <L 25>
    wp::adj_noise(var_1, var_3, adj_1, adj_3, adj_24);
    // adj: n_2 = wp.noise(state, g)                                                          <L 24>
    var_10 = wp::iter_reverse(var_10);
    start_for_0:;
        if (iter_cmp(var_10) == 0) goto end_for_0;
        var_11 = wp::iter_next(var_10);
    	adj_12 = {};
    	adj_13 = {};
    	adj_14 = {};
    	adj_15 = {};
    	adj_16 = {};
    	adj_17 = {};
    	adj_18 = {};
    	adj_19 = {};
    	adj_20 = {};
    	adj_21 = {};
    	adj_22 = {};
    	adj_23 = {};
        // for col in range(wp.min(wp.abs(tid), 12)):                                         <L 21>
        var_12 = wp::abs(var_0);
        var_14 = wp::min(var_12, var_13);
        var_15 = wp::range(var_14);
        var_15 = wp::iter_reverse(var_15);
        start_for_2:;
            if (iter_cmp(var_15) == 0) goto end_for_2;
            var_16 = wp::iter_next(var_15);
        	adj_17 = {};
        	adj_18 = {};
        	adj_19 = {};
        	adj_20 = {};
        	adj_21 = {};
        	adj_22 = {};
        	adj_23 = {};
            // disk_pt = wp.sample_triangle(state)                                            <L 22>
            var_17 = wp::sample_triangle(var_1);
            // table_acc += float(row_2) + float(col) + wp.length(disk_pt)                    <L 23>
            var_18 = wp::float(var_11);
            var_19 = wp::float(var_16);
            var_20 = wp::add(var_18, var_19);
            var_21 = wp::length(var_17);
            var_22 = wp::add(var_20, var_21);
            var_23 = wp::add(var_6, var_22);
            wp::assign(var_6, var_23);
            wp::adj_assign(var_6, var_23, adj_6, adj_23);
            wp::adj_add(var_6, var_22, adj_6, adj_22, adj_23);
            wp::adj_add(var_20, var_21, adj_20, adj_21, adj_22);
            wp::adj_length(var_17, var_21, adj_17, adj_21);
            wp::adj_add(var_18, var_19, adj_18, adj_19, adj_20);
            wp::adj_float(var_16, adj_16, adj_19);
            wp::adj_float(var_11, adj_11, adj_18);
            // adj: table_acc += float(row_2) + float(col) + wp.length(disk_pt)               <L 23>
            // adj: disk_pt = wp.sample_triangle(state)                                       <L 22>
        	goto start_for_2;
        end_for_2:;
        wp::adj_min(var_12, var_13, adj_12, adj_13, adj_14);
        wp::adj_abs(var_0, adj_0, adj_12);
        // adj: for col in range(wp.min(wp.abs(tid), 12)):                                    <L 21>
    	goto start_for_0;
    end_for_0:;
    wp::adj_min(var_7, var_8, adj_7, adj_8, adj_9);
    wp::adj_abs(var_0, adj_0, adj_7);
    // adj: for row_2 in range(wp.min(wp.abs(tid), 16)):                                      <L 20>
    wp::adj_float(var_5, adj_5, adj_6);
    // adj: table_acc = float(0.0)                                                            <L 19>
    // adj: d = wp.sample_unit_sphere_surface(state)                                          <L 18>
    // adj: g = wp.randn(state)                                                               <L 17>
    // adj: u = wp.randf(state)                                                               <L 16>
    // adj: state = wp.rand_init(seed, tid)                                                   <L 15>
    // adj: tid = wp.tid()                                                                    <L 14>
    // adj: def random_walk(seed: int, results: wp.array(dtype=float), estimate: wp.array(dtype=float)):  <L 13>
    return;
}



struct random_walk_66e8b907_cpu_block_payload_forward
{
    wp_args_random_walk_66e8b907* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void random_walk_66e8b907_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    random_walk_66e8b907_cpu_block_payload_forward* payload = (random_walk_66e8b907_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    random_walk_66e8b907_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void random_walk_66e8b907_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_random_walk_66e8b907 *_wp_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        random_walk_66e8b907_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &random_walk_66e8b907_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct random_walk_66e8b907_cpu_block_payload_backward
{
    wp_args_random_walk_66e8b907* args;
    wp_args_random_walk_66e8b907* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void random_walk_66e8b907_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    random_walk_66e8b907_cpu_block_payload_backward* payload = (random_walk_66e8b907_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    random_walk_66e8b907_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void random_walk_66e8b907_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_random_walk_66e8b907 *_wp_args,
    wp_args_random_walk_66e8b907 *_wp_adj_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        random_walk_66e8b907_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &random_walk_66e8b907_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

