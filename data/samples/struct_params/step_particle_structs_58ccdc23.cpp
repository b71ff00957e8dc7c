// Warp 1.19.0 cpu code for step_particle_structs_58ccdc23.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h

struct Particle_aa724ad1
{
    wp::vec_t<2, wp::float32> x;
    wp::vec_t<2, wp::float32> v;


    Particle_aa724ad1() = default;
    CUDA_CALLABLE Particle_aa724ad1(wp::vec_t<2, wp::float32> const& x,
    wp::vec_t<2, wp::float32> const& v = {})
        : x{x}
        , v{v}

    {
    }

    CUDA_CALLABLE Particle_aa724ad1& operator += (const Particle_aa724ad1& rhs)
    {    x += rhs.x;
    v += rhs.v;

        return *this;}

};

static CUDA_CALLABLE void adj_Particle_aa724ad1(wp::vec_t<2, wp::float32> const&,
    wp::vec_t<2, wp::float32> const&,
    wp::vec_t<2, wp::float32> & adj_x,
    wp::vec_t<2, wp::float32> & adj_v,
    Particle_aa724ad1 & adj_ret)
{
    adj_x += adj_ret.x;
    adj_v += adj_ret.v;
}

// Required when compiling adjoints.
CUDA_CALLABLE Particle_aa724ad1 add(const Particle_aa724ad1& a, const Particle_aa724ad1& b)
{
    return Particle_aa724ad1();
}

CUDA_CALLABLE void adj_atomic_add(Particle_aa724ad1* p, Particle_aa724ad1 t)
{
    wp::adj_atomic_add(&p->x, t.x);
    wp::adj_atomic_add(&p->v, t.v);
}



struct wp_args_step_particle_structs_372ebffd {
    wp::array_t<Particle_aa724ad1> particles;
    wp::array_t<wp::vec_t<2, wp::float32>> points;
    wp::array_t<wp::float32> inv_mass;
    wp::float32 dt;
    wp::float32 k_spring;
    wp::vec_t<2, wp::float32> anchor;
};


template <bool wp_linear_contiguous>
static void step_particle_structs_372ebffd_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_step_particle_structs_372ebffd *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<Particle_aa724ad1> var_particles = _wp_args->particles;
    wp::array_t<wp::vec_t<2, wp::float32>> var_points = _wp_args->points;
    wp::array_t<wp::float32> var_inv_mass = _wp_args->inv_mass;
    wp::float32 var_dt = _wp_args->dt;
    wp::float32 var_k_spring = _wp_args->k_spring;
    wp::vec_t<2, wp::float32> var_anchor = _wp_args->anchor;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    Particle_aa724ad1* var_4;
    Particle_aa724ad1 var_5;
    Particle_aa724ad1 var_6;
    wp::vec_t<2, wp::float32>* var_7;
    wp::vec_t<2, wp::float32>* var_8;
    wp::vec_t<2, wp::float32> var_9;
    wp::vec_t<2, wp::float32> var_10;
    wp::vec_t<2, wp::float32> var_11;
    wp::vec_t<2, wp::float32> var_12;
    wp::vec_t<2, wp::float32> var_13;
    wp::vec_t<2, wp::float32> var_14;
    wp::vec_t<2, wp::float32> var_15;
    Particle_aa724ad1* var_16;
    Particle_aa724ad1* var_17;
    wp::vec_t<2, wp::float32>* var_18;
    Particle_aa724ad1* var_19;
    wp::vec_t<2, wp::float32>* var_20;
    wp::vec_t<2, wp::float32> var_21;
    wp::vec_t<2, wp::float32> var_22;
    wp::vec_t<2, wp::float32> var_23;
    wp::vec_t<2, wp::float32> var_24;
    Particle_aa724ad1* var_25;
    //---------
    // forward
    // def step_particle_structs(                                                             <L 11>
    // tid = wp.tid()                                                                         <L 19>
    var_0 = builtin_tid1d();
    // inv_m = inv_mass[tid]                                                                  <L 20>
    var_1 = wp::address(var_inv_mass, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // p = particles[tid]                                                                     <L 21>
    var_4 = wp::address(var_particles, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // particles[tid].v = p.v + ((k_spring * (anchor - points[tid])) * inv_m) * dt            <L 22>
    var_7 = &((var_5).v);
    var_8 = wp::address(var_points, var_0);
    var_10 = wp::load(var_8);
    var_9 = wp::sub(var_anchor, var_10);
    var_11 = wp::mul(var_k_spring, var_9);
    var_12 = wp::mul(var_11, var_2);
    var_13 = wp::mul(var_12, var_dt);
    var_15 = wp::load(var_7);
    var_14 = wp::add(var_15, var_13);
    var_16 = &(wp::index(var_particles, var_0));
    wp::store(&(wp::index(var_particles, var_0).v), var_14);
    // particles[tid].x = particles[tid].x + particles[tid].v * dt                            <L 23>
    var_17 = wp::address(var_particles, var_0);
    var_18 = &(((*wp::address(var_particles, var_0))).x);
    var_19 = wp::address(var_particles, var_0);
    var_20 = &(((*wp::address(var_particles, var_0))).v);
    var_22 = wp::load(var_20);
    var_21 = wp::mul(var_22, var_dt);
    var_24 = wp::load(var_18);
    var_23 = wp::add(var_24, var_21);
    var_25 = &(wp::index(var_particles, var_0));
    wp::store(&(wp::index(var_particles, var_0).x), var_23);
}



template <bool wp_linear_contiguous>
static void step_particle_structs_372ebffd_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_step_particle_structs_372ebffd *_wp_args,
    wp_args_step_particle_structs_372ebffd *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<Particle_aa724ad1> var_particles = _wp_args->particles;
    wp::array_t<wp::vec_t<2, wp::float32>> var_points = _wp_args->points;
    wp::array_t<wp::float32> var_inv_mass = _wp_args->inv_mass;
    wp::float32 var_dt = _wp_args->dt;
    wp::float32 var_k_spring = _wp_args->k_spring;
    wp::vec_t<2, wp::float32> var_anchor = _wp_args->anchor;
    wp::array_t<Particle_aa724ad1> adj_particles = _wp_adj_args->particles;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_points = _wp_adj_args->points;
    wp::array_t<wp::float32> adj_inv_mass = _wp_adj_args->inv_mass;
    wp::float32 adj_dt = _wp_adj_args->dt;
    wp::float32 adj_k_spring = _wp_adj_args->k_spring;
    wp::vec_t<2, wp::float32> adj_anchor = _wp_adj_args->anchor;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    Particle_aa724ad1* var_4;
    Particle_aa724ad1 var_5;
    Particle_aa724ad1 var_6;
    wp::vec_t<2, wp::float32>* var_7;
    wp::vec_t<2, wp::float32>* var_8;
    wp::vec_t<2, wp::float32> var_9;
    wp::vec_t<2, wp::float32> var_10;
    wp::vec_t<2, wp::float32> var_11;
    wp::vec_t<2, wp::float32> var_12;
    wp::vec_t<2, wp::float32> var_13;
    wp::vec_t<2, wp::float32> var_14;
    wp::vec_t<2, wp::float32> var_15;
    Particle_aa724ad1* var_16;
    Particle_aa724ad1* var_17;
    wp::vec_t<2, wp::float32>* var_18;
    Particle_aa724ad1* var_19;
    wp::vec_t<2, wp::float32>* var_20;
    wp::vec_t<2, wp::float32> var_21;
    wp::vec_t<2, wp::float32> var_22;
    wp::vec_t<2, wp::float32> var_23;
    wp::vec_t<2, wp::float32> var_24;
    Particle_aa724ad1* var_25;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    Particle_aa724ad1 adj_4 = {};
    Particle_aa724ad1 adj_5 = {};
    Particle_aa724ad1 adj_6 = {};
    wp::vec_t<2, wp::float32> adj_7 = {};
    wp::vec_t<2, wp::float32> adj_8 = {};
    wp::vec_t<2, wp::float32> adj_9 = {};
    wp::vec_t<2, wp::float32> adj_10 = {};
    wp::vec_t<2, wp::float32> adj_11 = {};
    wp::vec_t<2, wp::float32> adj_12 = {};
    wp::vec_t<2, wp::float32> adj_13 = {};
    wp::vec_t<2, wp::float32> adj_14 = {};
    wp::vec_t<2, wp::float32> adj_15 = {};
    Particle_aa724ad1 adj_16 = {};
    Particle_aa724ad1 adj_17 = {};
    wp::vec_t<2, wp::float32> adj_18 = {};
    Particle_aa724ad1 adj_19 = {};
    wp::vec_t<2, wp::float32> adj_20 = {};
    wp::vec_t<2, wp::float32> adj_21 = {};
    wp::vec_t<2, wp::float32> adj_22 = {};
    wp::vec_t<2, wp::float32> adj_23 = {};
    wp::vec_t<2, wp::float32> adj_24 = {};
    Particle_aa724ad1 adj_25 = {};
    //---------
    // forward
    // def step_particle_structs(                                                             <L 11>
    // tid = wp.tid()                                                                         <L 19>
    var_0 = builtin_tid1d();
    // inv_m = inv_mass[tid]                                                                  <L 20>
    var_1 = wp::address(var_inv_mass, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // p = particles[tid]                                                                     <L 21>
    var_4 = wp::address(var_particles, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // particles[tid].v = p.v + ((k_spring * (anchor - points[tid])) * inv_m) * dt            <L 22>
    var_7 = &((var_5).v);
    var_8 = wp::address(var_points, var_0);
    var_10 = wp::load(var_8);
    var_9 = wp::sub(var_anchor, var_10);
    var_11 = wp::mul(var_k_spring, var_9);
    var_12 = wp::mul(var_11, var_2);
    var_13 = wp::mul(var_12, var_dt);
    var_15 = wp::load(var_7);
    var_14 = wp::add(var_15, var_13);
    var_16 = &(wp::index(var_particles, var_0));
    // wp::store(&(wp::index(var_particles, var_0).v), var_14);
    // particles[tid].x = particles[tid].x + particles[tid].v * dt                            <L 23>
    var_17 = wp::address(var_particles, var_0);
    var_18 = &(((*wp::address(var_particles, var_0))).x);
    var_19 = wp::address(var_particles, var_0);
    var_20 = &(((*wp::address(var_particles, var_0))).v);
    var_22 = wp::load(var_20);
    var_21 = wp::mul(var_22, var_dt);
    var_24 = wp::load(var_18);
    var_23 = wp::add(var_24, var_21);
    var_25 = &(wp::index(var_particles, var_0));
    // wp::store(&(wp::index(var_particles, var_0).x), var_23);
    //---------
    // reverse
    wp::adj_array_store_slot(var_particles, adj_particles, adj_23, [&](auto& _e) -> auto& { return _e.x; }, var_0);
    wp::adj_add(var_24, var_21, adj_18, adj_21, adj_23);
    wp::adj_mul(var_22, var_dt, adj_20, adj_dt, adj_21);
    adj_19.v += adj_20;
    wp::adj_address(var_particles, var_0, adj_particles, adj_0, adj_19);
    adj_17.x += adj_18;
    wp::adj_address(var_particles, var_0, adj_particles, adj_0, adj_17);
    // adj: particles[tid].x = particles[tid].x + particles[tid].v * dt                       <L 23>
    wp::adj_array_store_slot(var_particles, adj_particles, adj_14, [&](auto& _e) -> auto& { return _e.v; }, var_0);
    wp::adj_add(var_15, var_13, adj_7, adj_13, adj_14);
    wp::adj_mul(var_12, var_dt, adj_12, adj_dt, adj_13);
    wp::adj_mul(var_11, var_2, adj_11, adj_2, adj_12);
    wp::adj_mul(var_k_spring, var_9, adj_k_spring, adj_9, adj_11);
    wp::adj_sub(var_anchor, var_10, adj_anchor, adj_8, adj_9);
    wp::adj_address(var_points, var_0, adj_points, adj_0, adj_8);
    adj_5.v += adj_7;
    // adj: particles[tid].v = p.v + ((k_spring * (anchor - points[tid])) * inv_m) * dt       <L 22>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_particles, var_0, adj_particles, adj_0, adj_4);
    // adj: p = particles[tid]                                                                <L 21>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_inv_mass, var_0, adj_inv_mass, adj_0, adj_1);
    // adj: inv_m = inv_mass[tid]                                                             <L 20>
    // adj: tid = wp.tid()                                                                    <L 19>
    // adj: def step_particle_structs(                                                        <L 11>
    return;
}



struct step_particle_structs_372ebffd_cpu_block_payload_forward
{
    wp_args_step_particle_structs_372ebffd* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void step_particle_structs_372ebffd_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    step_particle_structs_372ebffd_cpu_block_payload_forward* payload = (step_particle_structs_372ebffd_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    step_particle_structs_372ebffd_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void step_particle_structs_372ebffd_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_step_particle_structs_372ebffd *_wp_args)
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
        step_particle_structs_372ebffd_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &step_particle_structs_372ebffd_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct step_particle_structs_372ebffd_cpu_block_payload_backward
{
    wp_args_step_particle_structs_372ebffd* args;
    wp_args_step_particle_structs_372ebffd* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void step_particle_structs_372ebffd_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    step_particle_structs_372ebffd_cpu_block_payload_backward* payload = (step_particle_structs_372ebffd_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    step_particle_structs_372ebffd_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void step_particle_structs_372ebffd_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_step_particle_structs_372ebffd *_wp_args,
    wp_args_step_particle_structs_372ebffd *_wp_adj_args)
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
        step_particle_structs_372ebffd_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &step_particle_structs_372ebffd_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

